using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;
using Ferd.Tests.Quality;

namespace Ferd.Tests.Lumping;

public class InputPriorTests
{
    [Fact]
    public void A_graph_that_normalizes_its_inputs_says_their_mean_and_spread()
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model("energy_relu")));
        var train = Ferd.Evaluation.CsvTable.Load(TestData.Dataset("energy_relu", "train")).Inputs(network.InputCount);

        var prior = Assert.IsType<InputPrior>(network.Prior);

        // The exporter normalized by the training split's mean and standard deviation.
        for (int j = 0; j < network.InputCount; j++)
        {
            double mean = train.Average(x => x[j]);
            double sd = Math.Sqrt(train.Average(x => (x[j] - mean) * (x[j] - mean)));
            Assert.Equal(mean, prior.Mean[j], Math.Abs(mean) * 1e-3 + 1e-6);
            Assert.Equal(sd, prior.Spread[j], sd * 1e-2);
        }
    }

    [Fact]
    public void A_normalizer_kept_in_the_stage_leaves_the_layers_standardized_inputs()
    {
        var policy = NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", "3DBall.onnx")));

        var prior = Assert.IsType<InputPrior>(policy.Trunk.Prior);

        Assert.All(prior.Mean, m => Assert.Equal(0, m));
        Assert.All(prior.Spread, s => Assert.Equal(1, s));
    }

    [Fact]
    public void A_graph_without_a_normalizer_says_nothing()
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, "shapes", "mlp_relu.onnx")));

        Assert.Null(network.Prior);
        Assert.Null(InputPrior.OfNormalizer([1, 1], [0, 0]));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.5)]
    public void Data_free_lumping_does_not_depend_on_where_the_inputs_lie(double epsilon)
    {
        // The same trained function of standardized inputs, once for inputs around 0 and once for
        // inputs around 1000 in units of 0.01 (the normalizer folded into the first layer).
        var trained = TestNetworks.Random(7, Activation.Relu, 3, 24, 24, 1);
        double[] mean = [1000, -500, 20], spread = [0.01, 3, 50];
        var centred = TestNetworks.Normalized(trained, [0, 0, 0], [1, 1, 1]);
        var shifted = TestNetworks.Normalized(trained, mean, spread);

        var a = AfdeCompressor.Compress(centred, epsilon).Compressed;
        var b = AfdeCompressor.Compress(shifted, epsilon).Compressed;

        Assert.Equal(a.Layers.Select(l => l.OutputCount), b.Layers.Select(l => l.OutputCount));
        foreach (var u in TestNetworks.Inputs(8, 20, 3))
        {
            double[] x = u.Select((v, j) => mean[j] + spread[j] * v).ToArray();
            Assert.Equal(a.Evaluate(u)[0], b.Evaluate(x)[0], 1e-6 * (1 + Math.Abs(a.Evaluate(u)[0])));
        }
    }
}
