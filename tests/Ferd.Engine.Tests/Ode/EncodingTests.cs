using FsCheck;
using FsCheck.Fluent;
using Ferd.Networks;
using Ferd.Ode;
using Ferd.Tests.Lumping;

namespace Ferd.Tests.Ode;

public class EncodingTests
{
    [Fact]
    public void Integrating_the_encoding_to_one_reproduces_the_forward_pass()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var network = RandomNetworks.Create(seed);
            var encoding = OdeEncoder.Encode(network);
            AssertIntegrates(network, encoding, new Random(seed), samples: 2);
        }));
    }

    internal static void AssertIntegrates(Network network, NetworkEncoding encoding, Random random, int samples, double scale = 2)
    {
        for (int i = 0; i < samples; i++)
        {
            var x = RandomNetworks.Input(random, network.InputCount, scale);
            AssertIntegrates(network, encoding, x);
        }
    }

    internal static void AssertIntegrates(Network network, NetworkEncoding encoding, double[] x)
    {
        double[] expected = network.Evaluate(x), actual = encoding.Integrate(x);
        for (int o = 0; o < expected.Length; o++)
            Assert.True(Math.Abs(expected[o] - actual[o]) <= 1e-6 * (1 + Math.Abs(expected[o])), $"output {o}: forward pass {expected[o]:R}, ODE {actual[o]:R}");
    }

    [Theory]
    [InlineData("tanh", 0.0, 3)]
    [InlineData("sigmoid", 0.5, 3)]
    [InlineData("identity", 0.0, 1)]
    [InlineData("relu", 0.0, 1)]
    public void Each_neuron_follows_its_activations_polynomial_dynamics(string kind, double initial, int degree)
    {
        var activation = ActivationTable.Sample(kind);
        var layer = new DenseLayer(2, 1, [0.5, -2], [0.25], activation);
        var encoded = OdeEncoder.EncodeLayer(layer, 1);

        var neuron = encoded.System.Variables[encoded.Outputs[0]];
        Assert.Equal(initial, neuron.Initial);
        Assert.Equal(degree, encoded.System.Degree);
        Assert.All(encoded.Inputs, i => Assert.Empty(encoded.System.Variables[i].Derivative.Terms));
        Assert.Equal(activation == Activation.Relu ? Activation.Relu : Activation.Identity, encoded.Readout);

        // v' at v = σ(0), u = (1, 1): P(σ(0)) · z.
        double p = activation == Activation.Sigmoid ? 0.25 : 1;
        var state = encoded.System.InitialState([1.0, 1.0]);
        var derivative = new double[state.Length];
        encoded.System.Derivative(state, derivative);
        Assert.Equal(p * (0.5 - 2 + 0.25), derivative[encoded.Outputs[0]], 12);
    }

    [Fact]
    public void The_text_form_has_one_equation_per_line()
    {
        var hidden = new DenseLayer(2, 1, [0.5, -2], [0.25], Activation.Tanh);
        var output = new DenseLayer(1, 1, [3], [0], Activation.Relu);
        string text = OdeEncoder.Encode(new Network([hidden, output])).ToString();

        string[] expected =
        [
            "# layer 1: tanh, 2 inputs (constant), 1 neurons; integrate t from 0 to 1",
            "x0' = 0",
            "x1' = 0",
            "a1_0' = 0.5*x0 - 2*x1 + 0.25 - 0.5*x0*a1_0^2 + 2*x1*a1_0^2 - 0.25*a1_0^2;  a1_0(0) = 0",
            "# layer 2: relu, 1 inputs (constant), 1 neurons; integrate t from 0 to 1; a2_k = relu(z2_k(1))",
            "a1_0' = 0",
            "z2_0' = 3*a1_0;  z2_0(0) = 0",
        ];
        Assert.Equal(expected, text.TrimEnd('\n').Split('\n'));
    }
}
