using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Tests.Pruning;

public class WandaPrunerTests
{
    [Fact]
    public void Scores_weights_by_magnitude_times_input_norm_within_each_row()
    {
        // ‖X_0‖ = ‖(3, 4)‖ = 5, ‖X_1‖ = ‖(0, 1)‖ = 1.
        // Row 0 scores [5, 2]: keeps w00 = 1 though |w01| = 2 is larger. Row 1 scores [15, 0.5].
        var layer = new DenseLayer(2, 2, [1, 2, 3, 0.5], [0.25, -0.5], Activation.Identity);
        var network = new Network([layer]);
        double[][] calibration = [[3, 0], [4, 1]];

        var pruned = WandaPruner.Prune(network, PruningPlan.Uniform(network, 0.5), calibration);

        Assert.Equal([1, 0, 3, 0], pruned.Layers[0].Weights);
        Assert.Equal([0.25, -0.5], pruned.Layers[0].Bias);
    }

    [Fact]
    public void Every_row_keeps_the_same_number_of_weights()
    {
        // Magnitude would empty row 1 entirely; Wanda's per-output comparison group cannot.
        var layer = new DenseLayer(2, 2, [9, 8, 0.1, 0.2], [0, 0], Activation.Identity);
        var network = new Network([layer]);

        var pruned = WandaPruner.Prune(network, PruningPlan.Uniform(network, 0.5), [[1, 1]]);

        Assert.Equal([9, 0, 0, 0.2], pruned.Layers[0].Weights);
    }

    [Fact]
    public void Later_layers_see_inputs_through_the_already_pruned_earlier_layers()
    {
        // Layer 1, sample x = (1, 0.05): row 0 scores [1, 0.5] so w01 = 10 goes; h0 drops from 1.5 to 1.
        // Layer 2 then scores [1·1, 1.2·1] and keeps w11; on unpruned inputs it would score [1.5, 1.2] and keep w10.
        var first = new DenseLayer(2, 2, [1, 10, 1, 0], [0, 0], Activation.Identity);
        var second = new DenseLayer(2, 1, [1, 1.2], [0], Activation.Identity);
        var network = new Network([first, second]);

        var pruned = WandaPruner.Prune(network, PruningPlan.Uniform(network, 0.5), [[1, 0.05]]);

        Assert.Equal([1, 0, 1, 0], pruned.Layers[0].Weights);
        Assert.Equal([0, 1.2], pruned.Layers[1].Weights);
    }

    [Fact]
    public void Column_norms_are_euclidean_over_samples()
    {
        Assert.Equal([5, 13], WandaPruner.ColumnNorms([[3, 5], [4, 12]], 2));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(33)]
    [InlineData(57)]
    public void Matches_a_parameter_count_exactly(int parameters)
    {
        var network = TestNetworks.Random(3, Activation.Tanh, 4, 6, 5, 2);
        var calibration = TestNetworks.Inputs(4, 20, 4);
        Assert.Equal(parameters, ParameterCount.Nonzero(WandaPruner.Prune(network, parameters, calibration)));
    }
}
