using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>The generator on the real exported models: readable code, one report, a clean compile.</summary>
public class SharedModelTests
{
    public static TheoryData<string, double> ModelsAndTolerances()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in TestData.ModelNames)
        {
            data.Add(name, 0);
            data.Add(name, 0.1);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndTolerances))]
    public void Generated_code_matches_its_snapshot(string model, double epsilon)
    {
        string source = $$"""
            namespace Models
            {
                [Ferd.CompressedNetwork("{{model}}.onnx", Epsilon = {{epsilon.ToString(CultureInfo.InvariantCulture)}})]
                public static partial class Network { }
            }
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.SharedModel(model)), GeneratorHarness.Compilation(source), out var output);

        var report = Assert.Single(result.Diagnostics);
        Assert.Equal(FerdDiagnostics.CompressionReport.Id, report.Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var generated = result.GeneratedSources.Single(s => s.HintName == "Models.Network.g.cs");
        Snapshot.Verify(generated.SourceText.ToString(), $"SharedModelTests.{model}.eps{epsilon.ToString(CultureInfo.InvariantCulture)}", "cs");
    }
}
