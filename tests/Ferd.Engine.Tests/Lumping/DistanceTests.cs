using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Lumping;

public class DistanceTests
{
    private static SignatureSpace Space(Network network, int layer = 0) => AfdeCompressor.Lump(network, 0).Hidden[layer].Space;

    private static Network TwoLayer(double[] hiddenWeights, double[] hiddenBias, Activation activation, double[] outputWeights)
    {
        int hidden = hiddenBias.Length;
        var first = new DenseLayer(hiddenWeights.Length / hidden, hidden, hiddenWeights, hiddenBias, activation);
        var output = new DenseLayer(hidden, outputWeights.Length / hidden, outputWeights, new double[outputWeights.Length / hidden], Activation.Identity);
        return new Network([first, output]);
    }

    [Theory]
    [InlineData("relu", 2.5)]
    [InlineData("leakyrelu", 0.3)]
    [InlineData("identity", 7)]
    [InlineData("tanh", -1)]
    [InlineData("sigmoid", -1)]
    [InlineData("tanh", 1)]
    public void Distance_is_zero_for_equivalent_neurons(string kind, double c)
    {
        var activation = ActivationTable.Sample(kind);
        double[] row = [0.3, -1.7, 0.9];
        var network = TwoLayer([.. row, .. row.Select(w => (double)(float)(c * w)), 1, 1, 1], [0.4, (float)(c * 0.4), 0], activation, [1, 2, 3]);
        var space = Space(network);
        Assert.Equal(0, space.Distance(1, 0));
        Assert.Equal(0, space.Distance(0, 1));
        Assert.True(space.Distance(2, 0) > 0.1);
    }

    [Theory]
    [InlineData("tanh", 2)]
    [InlineData("sigmoid", 0.5)]
    [InlineData("relu", -1)]
    [InlineData("leakyrelu", -2)]
    public void Scales_the_activation_does_not_commute_with_keep_neurons_apart(string kind, double c)
    {
        var activation = ActivationTable.Sample(kind);
        var network = TwoLayer([1, 2, c, 2 * c], [0.5, 0.5 * c], activation, [1, 1]);
        Assert.True(Space(network).Distance(1, 0) > 0.1);
        Assert.Equal(2, AfdeCompressor.Compress(network, 0).Layers[0].NeuronsAfter);
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    public void Distance_is_invariant_under_rescaling_a_layer(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        var random = new Random(7);
        var layers = new[]
        {
            RandomNetworks.Layer(random, 4, 6, activation, degenerate: false),
            RandomNetworks.Layer(random, 6, 5, activation, degenerate: false),
            RandomNetworks.Layer(random, 5, 2, Activation.Identity, degenerate: false),
        };
        var original = new Network(layers);

        // Rescale layer l (and the next one, which sets the influence weights): layer l's distances stay put.
        for (int l = 0; l < 2; l++)
        {
            var scaled = layers.Select((layer, i) => i == l ? Scaled(layer, 37.5) : i == l + 1 ? Scaled(layer, 0.01) : layer).ToArray();
            SignatureSpace a = Space(original, l), b = Space(new Network(scaled), l);
            for (int k = 0; k < a.Count; k++)
                for (int j = 0; j < a.Count; j++)
                    Assert.Equal(a.Distance(k, j), b.Distance(k, j), 1e-9 * (1 + a.Distance(k, j)));
        }
    }

    [Fact]
    public void Distance_does_not_depend_on_the_units_of_the_inputs()
    {
        var random = new Random(5);
        var first = RandomNetworks.Layer(random, 3, 6, Activation.Tanh, degenerate: false);
        var output = RandomNetworks.Layer(random, 6, 1, Activation.Identity, degenerate: false);
        // Input 1 measured in units 1000 times smaller: its weights shrink by 1000.
        var weights = first.Weights.Select((w, i) => i % 3 == 1 ? w / 1000 : w).ToArray();
        var rescaled = new DenseLayer(3, 6, weights, first.Bias, first.Activation);

        SignatureSpace a = Space(new Network([first, output])), b = Space(new Network([rescaled, output]));
        for (int k = 0; k < a.Count; k++)
            for (int j = 0; j < a.Count; j++)
                Assert.Equal(a.Distance(k, j), b.Distance(k, j), 1e-9 * (1 + a.Distance(k, j)));
    }

    private static DenseLayer Scaled(DenseLayer layer, double factor) =>
        new(layer.InputCount, layer.OutputCount, layer.Weights.Select(w => w * factor).ToArray(), layer.Bias.Select(b => b * factor).ToArray(), layer.Activation);

    [Fact]
    public void Blocks_do_not_chain()
    {
        // Neurons on a line, each close to the next but the ends far apart: connected components
        // of the relation would merge them all.
        const int n = 12;
        var weights = new double[n * 2];
        for (int k = 0; k < n; k++)
        {
            weights[2 * k] = 1;
            weights[2 * k + 1] = 0.05 * k;
        }
        var network = TwoLayer(weights, new double[n], Activation.Tanh, Enumerable.Repeat(1.0, n).ToArray());

        foreach (double epsilon in new[] { 0.05, 0.1, 0.2, 0.4 })
        {
            var lumping = AfdeCompressor.Lump(network, epsilon).Hidden[0];
            var partition = lumping.Partition;
            Assert.True(partition.BlockCount > 1);
            for (int k = 0; k < n; k++)
            {
                int block = partition.Block[k];
                Assert.True(block >= 0);
                Assert.True(lumping.Space.Distance(k, partition.Representatives[block]) <= epsilon);
            }
        }
    }

    [Fact]
    public void Influence_lets_weakly_connected_neurons_merge_first()
    {
        // Neurons 1 and 2 sit at the same distance from neuron 0, but 2 barely feeds the output.
        var network = TwoLayer([1, 0, 1, 0.1, 1, -0.1], [0, 0, 0], Activation.Tanh, [1, 1, 0.01]);
        var space = Space(network);
        Assert.True(space.Distance(2, 0) < space.Distance(1, 0) / 10);
    }
}
