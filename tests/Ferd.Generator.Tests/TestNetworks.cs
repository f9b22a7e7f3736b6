using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Generator.Tests;

/// <summary>Seeded random networks whose weights are exact floats, so float code can match double evaluation.</summary>
internal static class TestNetworks
{
    public static Network Random(int seed, Activation hidden, params int[] sizes)
    {
        var random = new Random(seed);
        var layers = new List<DenseLayer>();
        for (int l = 1; l < sizes.Length; l++)
        {
            int inputs = sizes[l - 1], outputs = sizes[l];
            double scale = 1.5 / Math.Sqrt(inputs);
            var weights = Enumerable.Range(0, inputs * outputs).Select(_ => Float(random, scale)).ToArray();
            var bias = Enumerable.Range(0, outputs).Select(_ => Float(random, 0.5)).ToArray();
            var activation = l == sizes.Length - 1 ? Activation.Identity : hidden;
            layers.Add(new DenseLayer(inputs, outputs, weights, bias, activation));
        }
        return new Network(layers);
    }

    /// <summary>A result that keeps the network as it is, for testing the emitter without lumping.</summary>
    public static CompressionResult Uncompressed(Network network, double epsilon = 0) =>
        new(network, network, epsilon, network.Layers
            .Select((layer, i) => new LayerCompression(i + 1, layer.Activation, layer.InputCount, layer.OutputCount, layer.OutputCount))
            .ToArray());

    public static float[] Inputs(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)Float(random, 2.0)).ToArray();
    }

    private static double Float(Random random, double scale) => (float)((random.NextDouble() * 2 - 1) * scale);
}
