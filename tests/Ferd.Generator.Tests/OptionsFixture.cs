using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>
/// The Van der Pol model with slices of its dataset as in-memory CSV files, and a consumer class
/// whose attribute takes the options under test.
/// </summary>
internal static class OptionsFixture
{
    public const string ModelName = "vanderpol_tanh";
    public const string ClassName = "Game.Field";

    public static readonly (string ProjectPath, AdditionalText Text) Model = GeneratorHarness.SharedModel(ModelName);

    /// <summary>The first <paramref name="rows"/> rows of a split, header included (columns x0,x1,y0,y1).</summary>
    public static string Slice(string split, int rows) =>
        string.Join("\n", File.ReadLines(TestData.Dataset(ModelName, split)).Take(rows + 1)) + "\n";

    public static string Source(string options) => $$"""
        namespace Game
        {
            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", {{options}})]
            public static partial class Field { }
        }
        """;

    public static GeneratorRunResult Run(string options, out Compilation output, params (string ProjectPath, string Csv)[] data) =>
        GeneratorHarness.Run(Driver(data), GeneratorHarness.Compilation(Source(options)), out output);

    public static GeneratorDriver Driver(params (string ProjectPath, string Csv)[] data) =>
        GeneratorHarness.Driver([Model], data.Select(d => GeneratorHarness.Data(d.ProjectPath, d.Csv)).ToArray());

    /// <summary>The generated class's source, after checking it compiles cleanly beside the consumer.</summary>
    public static string Generated(GeneratorRunResult result, Compilation output)
    {
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return result.GeneratedSources.Single(s => s.HintName == "Game.Field.g.cs").SourceText.ToString();
    }

    public static Type Load(string generated) => GeneratedAssembly.Compile(generated).GetType(ClassName)!;
}
