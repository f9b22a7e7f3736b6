using Ferd.Networks;

namespace Ferd.Tests;

public class NetworkTests
{
    [Fact]
    public void Evaluate_applies_layers_in_order()
    {
        var hidden = new DenseLayer(2, 2, [1, -1, 2, 0], [0, -5], Activation.Relu);
        var output = new DenseLayer(2, 1, [1, 1], [0.5], Activation.Identity);
        var network = new Network([hidden, output]);

        double[] y = network.Evaluate([3, 1]);

        // relu(3 - 1) + relu(6 - 5) + 0.5
        Assert.Equal(3.5, y[0], 12);
        Assert.Equal(2 * 3 + 3, network.ParameterCount);
    }

    [Fact]
    public void Layers_must_chain()
    {
        var a = new DenseLayer(2, 3, new double[6], new double[3], Activation.Tanh);
        var b = new DenseLayer(2, 1, new double[2], new double[1], Activation.Identity);
        var error = Assert.Throws<ArgumentException>(() => new Network([a, b]));
        Assert.Contains("takes 2 inputs but layer 0 gives 3", error.Message);
    }
}
