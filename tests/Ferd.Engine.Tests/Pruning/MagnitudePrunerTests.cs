using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Tests.Pruning;

public class MagnitudePrunerTests
{
    [Fact]
    public void Zeroes_the_smallest_magnitudes_of_the_whole_layer_and_keeps_biases()
    {
        // Per layer, not per row: row 0 keeps one weight, row 1 keeps two.
        var layer = new DenseLayer(3, 2, [0.5, -3, 0.1, 2, -0.2, 1], [7, -8], Activation.Identity);
        var network = new Network([layer]);

        var pruned = MagnitudePruner.Prune(network, PruningPlan.Uniform(network, 0.5));

        Assert.Equal([0, -3, 0, 2, 0, 1], pruned.Layers[0].Weights);
        Assert.Equal([7, -8], pruned.Layers[0].Bias);
        Assert.Equal(3 + 2, ParameterCount.Nonzero(pruned));
    }

    [Fact]
    public void Every_layer_gets_the_same_sparsity()
    {
        var first = new DenseLayer(2, 2, [4, 3, 2, 1], [0, 0], Activation.Relu);
        var second = new DenseLayer(2, 1, [0.01, 0.02], [0], Activation.Identity);
        var network = new Network([first, second]);

        var pruned = MagnitudePruner.Prune(network, PruningPlan.Uniform(network, 0.5));

        // A global ranking would remove both tiny output weights; uniform sparsity keeps one.
        Assert.Equal([4, 3, 0, 0], pruned.Layers[0].Weights);
        Assert.Equal([0, 0.02], pruned.Layers[1].Weights);
    }

    [Fact]
    public void Does_not_modify_the_original()
    {
        var network = TestNetworks.Random(1, Activation.Tanh, 3, 5, 1);
        double[] before = (double[])network.Layers[0].Weights.Clone();
        MagnitudePruner.Prune(network, PruningPlan.Uniform(network, 0.6));
        Assert.Equal(before, network.Layers[0].Weights);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(23)]
    [InlineData(40)]
    [InlineData(71)]
    public void Matches_a_parameter_count_exactly(int parameters)
    {
        var network = TestNetworks.Random(2, Activation.Relu, 4, 6, 5, 2);
        Assert.Equal(parameters, ParameterCount.Nonzero(MagnitudePruner.Prune(network, parameters)));
    }

    [Fact]
    public void Ranks_first_layer_weights_in_standardized_coordinates_when_given_a_frame()
    {
        // Feature 1 is in large units: its raw weight looks small though it matters most.
        var layer = new DenseLayer(2, 1, [1, 0.01], [0], Activation.Identity);
        var network = new Network([layer]);
        var frame = new InputFrame([0, 500], [1, 1000]);

        var raw = MagnitudePruner.Prune(network, PruningPlan.Uniform(network, 0.5));
        var framed = MagnitudePruner.Prune(network, PruningPlan.Uniform(network, 0.5), frame);

        Assert.Equal([1, 0], raw.Layers[0].Weights);
        Assert.Equal(0, framed.Layers[0].Weights[0]);
        Assert.Equal(0.01, framed.Layers[0].Weights[1], 12);
        // Zeroing w0 in the standardized frame keeps the centred contribution: bias unchanged since μ0 = 0.
        Assert.Equal(0, framed.Layers[0].Bias[0], 12);
    }
}
