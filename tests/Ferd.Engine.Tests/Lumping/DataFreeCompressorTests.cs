using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Lumping;

public class DataFreeCompressorTests
{
    [Theory]
    [InlineData("energy_relu.onnx", 0)] // exact lumping stays exact
    [InlineData("shapes/mlp_relu.onnx", 0.3)] // a graph without a normalizer has nothing to draw from
    public void Without_a_prior_to_use_it_is_afde_alone(string model, double epsilon)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, model)));

        var result = DataFreeCompressor.Compress(network, epsilon);

        Assert.False(result.PriorCalibrated);
        var lumped = AfdeCompressor.Compress(network, epsilon).Compressed;
        foreach (var x in TestNetworks.Inputs(3, 10, network.InputCount))
            Assert.Equal(lumped.Evaluate(x), result.Compressed.Evaluate(x));
    }

    [Fact]
    public void When_nothing_merges_the_network_comes_back_as_it_is()
    {
        var network = TestNetworks.Normalized(TestNetworks.Random(13, Activation.Tanh, 3, 16, 16, 1), [5, -2, 0], [0.5, 3, 1]);

        var result = DataFreeCompressor.Compress(network, 1e-9);

        Assert.Same(network, result.Compressed);
        Assert.False(result.PriorCalibrated);
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    public void Rows_drawn_from_the_normalizer_track_the_original_better_than_lumping_alone(string activation)
    {
        double[] mean = [1000, -500, 20], spread = [0.01, 3, 50];
        var network = TestNetworks.Normalized(TestNetworks.Random(11, activation == "relu" ? Activation.Relu : Activation.Tanh, 3, 32, 32, 1), mean, spread);
        double[][] inputs = TestNetworks.Inputs(12, 400, 3, -2, 2).Select(u => u.Select((v, j) => mean[j] + spread[j] * v).ToArray()).ToArray();
        double[][] original = inputs.Select(x => network.Evaluate(x)).ToArray();
        int quarter = network.ParameterCount / 4;

        var result = new EpsilonSearch(DataFreeCompressor.Compress).ForParameters(network, quarter);
        var lumped = new EpsilonSearch(AfdeCompressor.Compress).ForParameters(network, quarter);

        Assert.True(result.PriorCalibrated);
        double withPrior = Rmse.Of(result.Compressed, inputs, original);
        double alone = Rmse.Of(lumped.Compressed, inputs, original);
        Assert.True(withPrior < alone, $"deviation from the original at a quarter of the parameters: {withPrior} with the prior, {alone} lumped alone");
    }
}
