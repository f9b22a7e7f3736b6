using Ferd.Networks;

namespace Ferd.Tests;

/// <summary>Deterministic random networks and inputs for tests that need more than a hand-made case.</summary>
internal static class TestNetworks
{
    public static Network Random(int seed, Activation activation, params int[] sizes)
    {
        var random = new Random(seed);
        var layers = new List<DenseLayer>();
        for (int l = 1; l < sizes.Length; l++)
        {
            int inputs = sizes[l - 1], outputs = sizes[l];
            double scale = 1.5 / Math.Sqrt(inputs);
            var weights = Enumerable.Range(0, inputs * outputs).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
            var bias = Enumerable.Range(0, outputs).Select(_ => 0.3 * (2 * random.NextDouble() - 1)).ToArray();
            var act = l == sizes.Length - 1 ? Activation.Identity : activation;
            layers.Add(new DenseLayer(inputs, outputs, weights, bias, act));
        }
        return new Network(layers);
    }

    /// <summary>Every weight and bias moved by up to ±<paramref name="noise"/>.</summary>
    public static Network Perturbed(Network network, int seed, double noise)
    {
        var random = new Random(seed);
        return new Network(network.Layers.Select(l => new DenseLayer(l.InputCount, l.OutputCount,
            l.Weights.Select(w => w + noise * (2 * random.NextDouble() - 1)).ToArray(),
            l.Bias.Select(b => b + noise * (2 * random.NextDouble() - 1)).ToArray(), l.Activation)).ToArray());
    }

    public static double[][] Inputs(int seed, int count, int width, double lo = -1, double hi = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, width).Select(_ => lo + (hi - lo) * random.NextDouble()).ToArray()).ToArray();
    }

    /// <summary>The network of (x − mean) / spread that <paramref name="trained"/> is of its standardized input, with the prior a graph's normalizer gives.</summary>
    public static Network Normalized(Network trained, double[] mean, double[] spread)
    {
        var first = trained.Layers[0];
        var weights = new double[first.Weights.Length];
        var bias = (double[])first.Bias.Clone();
        for (int k = 0; k < first.OutputCount; k++)
        {
            for (int j = 0; j < first.InputCount; j++)
            {
                weights[k * first.InputCount + j] = first.Weight(k, j) / spread[j];
                bias[k] -= first.Weight(k, j) * mean[j] / spread[j];
            }
        }
        var layers = trained.Layers.ToArray();
        layers[0] = new DenseLayer(first.InputCount, first.OutputCount, weights, bias, first.Activation);
        return new Network(layers, [new InputSegment("input", first.InputCount)], null, null, "output", new InputPrior(mean, spread));
    }
}
