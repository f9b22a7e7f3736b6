using Ferd.Networks;

namespace Ferd.Tests.Lumping;

/// <summary>
/// Rebuilds a network with every hidden neuron replaced by copies computing the same function:
/// positively scaled (ReLU, LeakyReLU, identity) or sign-flipped (tanh; sigmoid with the 1 moved
/// into the next bias), outgoing weights split among the copies, neurons shuffled, all weights
/// rounded to float32.
/// </summary>
internal static class Planting
{
    /// <summary>A copy q of original neuron m: a_q = Scale·a_m + Offset, carrying Share of m's outgoing weight.</summary>
    private readonly record struct Copy(int Original, double Scale, double Offset, double Share);

    public static Network Plant(Network network, int seed, int maxCopies = 4)
    {
        var random = new Random(seed);
        var previous = Enumerable.Range(0, network.InputCount).Select(m => new Copy(m, 1, 0, 1)).ToArray();
        var layers = new List<DenseLayer>();
        for (int l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
            bool output = l == network.Layers.Count - 1;
            var copies = output
                ? Enumerable.Range(0, layer.OutputCount).Select(i => new Copy(i, 1, 0, 1)).ToArray()
                : Copies(random, layer, maxCopies);
            layers.Add(Build(layer, previous, copies));
            previous = copies;
        }
        return new Network(layers, network.InputName, network.OutputName);
    }

    public static Network ToFloat32(Network network) => new(
        network.Layers.Select(l => new DenseLayer(l.InputCount, l.OutputCount, Round(l.Weights), Round(l.Bias), l.Activation)).ToArray(),
        network.InputName,
        network.OutputName);

    private static Copy[] Copies(Random random, DenseLayer layer, int maxCopies)
    {
        var copies = new List<Copy>();
        for (int i = 0; i < layer.OutputCount; i++)
        {
            int count = random.Next(1, maxCopies + 1);
            var shares = Enumerable.Range(0, count).Select(_ => 0.2 + random.NextDouble()).ToArray();
            double total = shares.Sum();
            for (int c = 0; c < count; c++)
            {
                double scale = layer.Activation.Scales == ScaleFreedom.Sign
                    ? (random.Next(2) == 0 ? 1 : -1)
                    : 0.25 + 3 * random.NextDouble();
                double offset = layer.Activation == Activation.Sigmoid && scale < 0 ? 1 : 0;
                copies.Add(new Copy(i, scale, offset, shares[c] / total));
            }
        }
        return copies.OrderBy(_ => random.Next()).ToArray();
    }

    /// <summary>
    /// Copy j of neuron i gets z_j = λ_j z_i: row_j[q] = λ_j W_im share_q / λ_q and
    /// b_j = λ_j (b_i − Σ W_im share_q μ_q / λ_q), which undoes every earlier copy's transform.
    /// </summary>
    private static DenseLayer Build(DenseLayer layer, Copy[] inputs, Copy[] outputs)
    {
        var weights = new double[inputs.Length * outputs.Length];
        var bias = new double[outputs.Length];
        for (int j = 0; j < outputs.Length; j++)
        {
            var copy = outputs[j];
            double b = layer.Bias[copy.Original];
            for (int q = 0; q < inputs.Length; q++)
            {
                var input = inputs[q];
                double w = layer.Weight(copy.Original, input.Original);
                weights[j * inputs.Length + q] = copy.Scale * w * input.Share / input.Scale;
                b -= w * input.Share * input.Offset / input.Scale;
            }
            bias[j] = copy.Scale * b;
        }
        return new DenseLayer(inputs.Length, outputs.Length, Round(weights), Round(bias), layer.Activation);
    }

    private static double[] Round(double[] values) => values.Select(v => (double)(float)v).ToArray();
}
