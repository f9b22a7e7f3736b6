using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Lumping;

public class CompressorTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_epsilon_is_rejected(double epsilon)
    {
        var network = RandomNetworks.Create(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => AfdeCompressor.Compress(network, epsilon));
    }

    [Fact]
    public void The_output_layer_is_never_lumped_and_layers_are_reported_from_one()
    {
        // Two identical output neurons: lumping them would change the output count.
        var hidden = new DenseLayer(2, 3, [1, 2, 3, 4, 5, 6], [0, 0, 0], Activation.Relu);
        var output = new DenseLayer(3, 2, [1, 1, 1, 1, 1, 1], [0, 0], Activation.Identity);
        var result = AfdeCompressor.Compress(new Network([hidden, output]), 10);

        Assert.Equal(2, result.Compressed.OutputCount);
        Assert.Equal([1, 2], result.Layers.Select(l => l.Index));
        Assert.Equal(new LayerCompression(2, Activation.Identity, 3, 2, 2), result.Layers[1]);
        Assert.Equal(10, result.Epsilon);
    }

    [Fact]
    public void Large_epsilon_compresses_and_stays_a_valid_network()
    {
        for (int seed = 0; seed < 30; seed++)
        {
            var network = RandomNetworks.Create(seed, degenerate: false);
            var result = AfdeCompressor.Compress(network, 1e6);
            Assert.Equal(network.InputCount, result.Compressed.InputCount);
            Assert.Equal(network.OutputCount, result.Compressed.OutputCount);
            foreach (var layer in result.Layers.Take(result.Layers.Count - 1)) Assert.True(layer.NeuronsAfter <= 1);
            var y = result.Compressed.Evaluate(new double[network.InputCount]);
            Assert.All(y, v => Assert.True(double.IsFinite(v)));
        }
    }

    [Fact]
    public void Neurons_dead_within_epsilon_fold_their_value_at_zero_input_into_the_next_bias()
    {
        // Neuron 1 barely feeds the output: its contribution is below ε² of the layer's mean.
        var hidden = new DenseLayer(1, 2, [1, 1], [0, 2], Activation.Sigmoid);
        var output = new DenseLayer(2, 1, [1, 1e-4], [0.5], Activation.Identity);
        var result = AfdeCompressor.Compress(new Network([hidden, output]), 0.1);

        Assert.Equal(1, result.Layers[0].NeuronsAfter);
        Assert.Equal(0.5 + 1e-4 / (1 + Math.Exp(-2)), result.Compressed.Layers[1].Bias[0], 12);
    }

    [Fact]
    public void Nearly_constant_neurons_are_not_replaced_by_their_value_at_zero_input()
    {
        var hidden = new DenseLayer(1, 2, [1, 1e-3], [0, 2], Activation.Sigmoid);
        var output = new DenseLayer(2, 1, [1, 3], [0.5], Activation.Identity);
        Assert.Equal(2, AfdeCompressor.Compress(new Network([hidden, output]), 0.01).Layers[0].NeuronsAfter);
    }
}
