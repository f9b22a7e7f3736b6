using Ferd.Onnx;
using Ferd.Robustness.Tests.Fuzzing;

namespace Ferd.Robustness.Tests;

/// <summary>Hostile models the fuzz corpus found, each reduced to the one change that broke the importer.</summary>
public class ImporterRegressionTests
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1L << 30)]
    public void A_huge_declared_feature_count_is_refused_before_allocating(long features)
    {
        var bytes = ModelEdits.Graph(FuzzCorpus.SeedOf("vanderpol_tanh"), g =>
            g with { Inputs = [g.Inputs[0] with { Shape = [new OnnxDimension(null, "N"), new OnnxDimension(features, null)] }] });

        long before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Assert.Throws<ModelException>(() => NetworkImporter.Import(bytes));

        Assert.Equal(ModelErrorKind.TooLarge, refusal.Kind);
        Assert.Contains(features.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L << 20);
    }

    [Theory]
    [InlineData("line\nbreak", "line\\nbreak")]
    [InlineData("cr\rlf\r\n", "cr\\rlf\\r\\n")]
    [InlineData("\u2028sep\u0085", "\\u2028sep\\u0085")]
    [InlineData("nul\0byte", "nul\\u0000byte")]
    public void A_name_with_line_breaks_is_quoted_on_one_line(string name, string quoted)
    {
        var bytes = ModelEdits.Graph(FuzzCorpus.SeedOf("vanderpol_tanh"), g => g with { Outputs = [g.Outputs[0] with { Name = name }] });

        var refusal = Assert.Throws<ModelException>(() => NetworkImporter.Import(bytes));

        EnginePipeline.RequireOneLine(refusal.Message);
        Assert.Contains(quoted, refusal.Message);
    }

    [Fact]
    public void A_graph_whose_output_is_its_input_is_refused()
    {
        var bytes = ModelEdits.Graph(FuzzCorpus.SeedOf("vanderpol_tanh"), g => g with { Nodes = [], Outputs = [g.Inputs[0]] });

        var refusal = Assert.Throws<ModelException>(() => NetworkImporter.Import(bytes));

        Assert.Equal(ModelErrorKind.UnsupportedGraphShape, refusal.Kind);
        Assert.Contains("'input' is its input", refusal.Message);
    }

    [Fact]
    public void Normalization_that_folds_beyond_float_range_is_refused()
    {
        // Dividing by the smallest float turns finite weights into values no float32 holds.
        var bytes = ModelEdits.Initializers(FuzzCorpus.SeedOf("vanderpol_tanh"), tensors => tensors.Select(t =>
            t.Name == "std" ? ModelEdits.WithFloats(t, [.. t.Shape], [.. t.Floats!.Select(_ => float.Epsilon)]) : t));

        var refusal = Assert.Throws<ModelException>(() => NetworkImporter.Import(bytes));

        Assert.Equal(ModelErrorKind.NonFiniteWeights, refusal.Kind);
        Assert.Contains("Layer 1's weights", refusal.Message);
    }
}
