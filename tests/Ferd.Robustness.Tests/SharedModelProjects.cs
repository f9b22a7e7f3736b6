using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests;

/// <summary>Consumer projects that compile every shared model, one attributed class per model.</summary>
internal static class SharedModelProjects
{
    /// <summary>Project <paramref name="project"/>: its own namespace and class names, every model at <paramref name="epsilon"/>.</summary>
    public static GeneratedProject Run(int project, double epsilon)
    {
        string eps = epsilon.ToString("R", CultureInfo.InvariantCulture);
        var classes = TestData.ModelNames.Select(model => $$"""
                [Ferd.CompressedNetwork("{{model}}.onnx", Epsilon = {{eps}})]
                internal static partial class {{Pascal(model)}}{{project}} { }
            """);
        string source = $"namespace Project{project}\n{{\n{string.Join("\n", classes)}\n}}\n";
        return GeneratedProject.Run(source, TestData.ModelNames.Select(m => GeneratorHarness.SharedModel(m)).ToArray());
    }

    private static string Pascal(string model) =>
        string.Concat(model.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
