using FsCheck;
using FsCheck.Fluent;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Lumping;

public class ExactLumpingTests
{
    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, int.MaxValue));

    [Fact]
    public void At_epsilon_zero_the_quotient_computes_the_original_function()
    {
        Check.QuickThrowOnFailure(Prop.ForAll(Seeds, seed =>
        {
            var network = RandomNetworks.Create(seed);
            var compressed = AfdeCompressor.Compress(network, 0).Compressed;
            Assert.True(compressed.ParameterCount <= network.ParameterCount);
            AssertSameFunction(network, compressed, new Random(seed), 1e-9);
        }));
    }

    [Fact]
    public void At_epsilon_zero_exact_copies_dead_and_constant_neurons_are_removed()
    {
        // Layer 1: neuron 2 copies neuron 0, neuron 3 has no incoming weights (constant),
        // neuron 4 has no outgoing weights (dead). Only neurons 0 and 1 remain.
        var hidden = new DenseLayer(2, 5, [1, -2, 0.5, 3, 1, -2, 0, 0, 4, 4], [0.1, -0.2, 0.1, 0.7, 1], Activation.Tanh);
        var output = new DenseLayer(5, 1, [1, 2, -0.5, 3, 0], [0.25], Activation.Identity);
        var network = new Network([hidden, output]);

        var result = AfdeCompressor.Compress(network, 0);

        Assert.Equal(2, result.Layers[0].NeuronsAfter);
        Assert.Equal(2 * 3 + 1 * 3, result.Compressed.ParameterCount);
        AssertSameFunction(network, result.Compressed, new Random(1), 1e-12);
    }

    public static TheoryData<Activation> HiddenActivations()
    {
        var data = new TheoryData<Activation>();
        foreach (var activation in RandomNetworks.Activations) data.Add(activation);
        return data;
    }

    [Theory]
    [MemberData(nameof(HiddenActivations))]
    public void Planted_copies_are_recovered_exactly(Activation activation)
    {
        for (int seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            int inputs = random.Next(2, 6), depth = random.Next(1, 4);
            var layers = new List<DenseLayer>();
            int width = inputs;
            for (int l = 0; l < depth; l++)
            {
                int next = random.Next(2, 9);
                layers.Add(RandomNetworks.Layer(random, width, next, activation, degenerate: false));
                width = next;
            }
            layers.Add(RandomNetworks.Layer(random, width, random.Next(1, 3), Activation.Identity, degenerate: false));
            var original = Planting.ToFloat32(new Network(layers));
            var planted = Planting.Plant(original, seed);

            var result = AfdeCompressor.Compress(planted, 0);

            for (int l = 0; l < original.Layers.Count; l++)
                Assert.Equal(original.Layers[l].OutputCount, result.Layers[l].NeuronsAfter);
            Assert.Equal(original.ParameterCount, result.Compressed.ParameterCount);
            AssertSameFunction(original, result.Compressed, random, 1e-5);
        }
    }

    internal static void AssertSameFunction(Network expected, Network actual, Random random, double tolerance, int samples = 20)
    {
        for (int i = 0; i < samples; i++)
        {
            var x = RandomNetworks.Input(random, expected.InputCount);
            double[] y = expected.Evaluate(x), z = actual.Evaluate(x);
            for (int o = 0; o < y.Length; o++)
                Assert.True(Math.Abs(y[o] - z[o]) <= tolerance * (1 + Math.Abs(y[o])), $"output {o}: expected {y[o]:R}, got {z[o]:R}");
        }
    }
}
