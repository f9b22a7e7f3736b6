using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>The attribute's Output through the generator: the default, a named output, and the FERD diagnostic that lists candidates.</summary>
public class GraphOutputTests
{
    private static (string, AdditionalText) TwoHeads() =>
        ("two_heads.onnx", GeneratorHarness.Model("two_heads.onnx", File.ReadAllBytes(Path.Combine(TestData.Models, "shapes", "two_heads.onnx"))));

    private static string Attributed(string options) => $$"""
        [Ferd.CompressedNetwork("two_heads.onnx"{{options}})]
        public static partial class Critic { }
        """;

    [Fact]
    public void Two_candidate_outputs_give_one_diagnostic_listing_them()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(TwoHeads()), GeneratorHarness.Compilation(Attributed("")), out _);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'value', 'probs'", error.GetMessage());
        Assert.Contains("Output = \"name\"", error.GetMessage());
    }

    [Theory]
    [InlineData("value", 1)]
    [InlineData("probs", 4)]
    public void A_named_output_compiles(string name, int outputs)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(TwoHeads()), GeneratorHarness.Compilation(Attributed($", Output = \"{name}\"")), out var output);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        string source = result.GeneratedSources.Single(s => s.HintName.StartsWith("Critic", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains($"public const int OutputCount = {outputs};", source);
    }
}
