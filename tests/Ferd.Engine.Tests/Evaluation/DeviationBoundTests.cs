using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Tests.Evaluation;

public class DeviationBoundTests
{
    /// <summary>The largest deviation seen at the box's corners and at random points inside it.</summary>
    private static double Observed(Network f, Network g, InputBox box, int seed)
    {
        var random = new Random(seed);
        double worst = 0;
        var points = Enumerable.Range(0, 3000).Select(_ => Enumerable.Range(0, box.Dimension).Select(j => box.Lo[j] + (box.Hi[j] - box.Lo[j]) * random.NextDouble()).ToArray())
            .Concat(Enumerable.Range(0, 1 << box.Dimension).Select(c => Enumerable.Range(0, box.Dimension).Select(j => (c >> j & 1) == 0 ? box.Lo[j] : box.Hi[j]).ToArray()));
        foreach (var x in points)
        {
            double[] a = f.Evaluate(x), b = g.Evaluate(x);
            for (int k = 0; k < a.Length; k++) worst = Math.Max(worst, Math.Abs(a[k] - b[k]));
        }
        return worst;
    }

    public static TheoryData<Activation> Activations() => [Activation.Tanh, Activation.Relu, Activation.Sigmoid, Activation.LeakyRelu(0.01), Activation.Identity];

    [Theory]
    [MemberData(nameof(Activations))]
    public void Is_zero_for_identical_networks(Activation activation)
    {
        var network = TestNetworks.Random(20, activation, 3, 16, 16, 2);
        var box = new InputBox([-2, 0, 10], [2, 1, 300]);
        double bound = DeviationBound.Max(network, network, box);
        Assert.True(bound <= 1e-9, $"bound {bound}");
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Is_never_below_an_observed_deviation(Activation activation)
    {
        var box = new InputBox([-1, -3, 0], [1, 2, 0.5]);
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var original = TestNetworks.Random(30 + seed, activation, 3, 12, 10, 2);
            foreach (double noise in new[] { 1e-4, 1e-2, 0.3 })
            {
                var other = TestNetworks.Perturbed(original, seed, noise);
                double observed = Observed(original, other, box, seed);
                double bound = DeviationBound.Max(original, other, box);
                double refined = DeviationBound.Max(original, other, box, refinements: 64);
                Assert.True(bound >= observed, $"bound {bound} < observed {observed}");
                Assert.True(refined >= observed, $"refined bound {refined} < observed {observed}");
                Assert.True(refined <= bound * (1 + 1e-12), $"refining loosened {bound} → {refined}");
            }
        }
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    public void Follows_lumped_neurons_into_a_smaller_network(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        // Hidden neuron 2 is neuron 0 scaled (ReLU: by 2) or mirrored (tanh, sigmoid: negated);
        // the quotient drops it and moves its outgoing weight onto neuron 0.
        double c = activation == Activation.Relu ? 2 : -1;
        double[] w0 = [0.7, -0.4], w1 = [0.2, 0.9];
        double b0 = 0.1, b1 = -0.3;
        var hidden = new DenseLayer(2, 3, [.. w0, .. w1, c * w0[0], c * w0[1]], [b0, b1, c * b0], activation);
        var output = new DenseLayer(3, 1, [1.5, -0.8, 0.6], [0.2], Activation.Identity);
        var original = new Network([hidden, output]);

        double scale = activation == Activation.Relu ? 2 : -1, offset = activation == Activation.Sigmoid ? 1 : 0;
        var lumpedHidden = new DenseLayer(2, 2, [.. w0, .. w1], [b0, b1], activation);
        var lumpedOutput = new DenseLayer(2, 1, [1.5 + 0.6 * scale, -0.8], [0.2 + 0.6 * offset], Activation.Identity);
        var quotient = new Network([lumpedHidden, lumpedOutput]);
        var box = new InputBox([-3, -3], [3, 3]);

        Assert.True(Observed(original, quotient, box, 1) <= 1e-12);
        Assert.True(DeviationBound.Max(original, quotient, box) <= 1e-9);

        var nudged = TestNetworks.Perturbed(quotient, 5, 1e-3);
        double observed = Observed(original, nudged, box, 2);
        double bound = DeviationBound.Max(original, nudged, box);
        Assert.True(bound >= observed && bound <= 30 * observed, $"observed {observed}, bound {bound}");
    }

    [Fact]
    public void Is_exact_for_linear_networks()
    {
        // f − f' is affine, so its largest magnitude sits at a corner of the box, which Observed visits.
        var original = TestNetworks.Random(41, Activation.Identity, 3, 6, 2);
        var other = TestNetworks.Perturbed(original, 42, 0.05);
        var box = new InputBox([-1, 0, 2], [1, 3, 5]);
        double observed = Observed(original, other, box, 43);
        Assert.Equal(observed, DeviationBound.Max(original, other, box), 9);
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    public void Refining_a_low_dimensional_box_comes_close_to_the_observed_deviation(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        var original = TestNetworks.Random(44, activation, 2, 16, 16, 1);
        var other = TestNetworks.Perturbed(original, 45, 0.01);
        var box = new InputBox([-2, -2], [2, 2]);
        double observed = Observed(original, other, box, 46);
        double refined = DeviationBound.Max(original, other, box, refinements: 300);
        Assert.InRange(refined, observed, 1.5 * observed);
    }

    [Fact]
    public void Rejects_networks_whose_activations_differ()
    {
        var a = TestNetworks.Random(40, Activation.Tanh, 2, 3, 1);
        var b = TestNetworks.Random(40, Activation.Relu, 2, 3, 1);
        Assert.Throws<ArgumentException>(() => DeviationBound.Max(a, b, new InputBox([0, 0], [1, 1])));
    }
}
