using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Tests.Pruning;

public class PruningPlanTests
{
    [Fact]
    public void Spreads_a_parameter_budget_uniformly_over_layers()
    {
        var network = TestNetworks.Random(5, Activation.Relu, 10, 20, 1); // 200 + 20 weights, 21 biases
        var plan = PruningPlan.ForParameterCount(network, 21 + 110);
        Assert.Equal([100, 10], plan.Keep);
    }

    [Fact]
    public void Rejects_budgets_below_the_biases_or_above_the_network()
    {
        var network = TestNetworks.Random(5, Activation.Relu, 10, 20, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => PruningPlan.ForParameterCount(network, 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => PruningPlan.ForParameterCount(network, network.ParameterCount + 1));
    }

    [Fact]
    public void Rows_share_a_layer_budget_evenly()
    {
        var layer = new DenseLayer(4, 3, new double[12], new double[3], Activation.Relu);
        var network = new Network([layer]);
        var plan = PruningPlan.ForParameterCount(network, 3 + 7);
        Assert.Equal([3, 2, 2], plan.KeepPerRow(0, layer));
    }
}
