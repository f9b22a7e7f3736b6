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
}
