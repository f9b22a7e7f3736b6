using BenchmarkDotNet.Attributes;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// AFDE on a 4-hidden-layer tanh MLP (64 inputs, 10 outputs; 3.2M parameters at width 1024).
/// Widths 256 and 512 show how ε = 0 scales with the number of weights.
/// </summary>
[MemoryDiagnoser]
public class LumpingBenchmarks
{
    private Network _network = null!;

    [Params(256, 512, 1024)]
    public int Width { get; set; }

    [Params(0.0, 0.05)]
    public double Epsilon { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _network = RandomMlp(Width, seed: 42);
        // What is timed must be right: random weights have no exact copies, so ε = 0 keeps every
        // neuron and the function; a positive ε may merge, never grow, and keeps the output finite.
        var result = AfdeCompressor.Compress(_network, Epsilon).Compressed;
        var input = Enumerable.Range(0, _network.InputCount).Select(i => Math.Sin(i)).ToArray();
        double[] original = _network.Evaluate(input), compressed = result.Evaluate(input);
        bool right = Epsilon == 0
            ? result.ParameterCount == _network.ParameterCount && original.Zip(compressed).All(p => Math.Abs(p.First - p.Second) <= 1e-9)
            : result.ParameterCount <= _network.ParameterCount && compressed.All(double.IsFinite);
        if (!right) throw new InvalidOperationException($"Lumping at ε = {Epsilon} gave {result.ParameterCount} parameters of {_network.ParameterCount} and outputs {string.Join(", ", compressed)}.");
    }

    [Benchmark]
    public int Lump() => AfdeCompressor.Compress(_network, Epsilon).Compressed.ParameterCount;

    /// <summary>Uniform ±1/√fan-in weights, as networks start training.</summary>
    internal static Network RandomMlp(int width, int seed)
    {
        var random = new Random(seed);
        int[] sizes = [64, width, width, width, width, 10];
        var layers = new DenseLayer[sizes.Length - 1];
        for (int l = 0; l < layers.Length; l++)
        {
            int inputs = sizes[l], outputs = sizes[l + 1];
            double bound = 1 / Math.Sqrt(inputs);
            var weights = new double[inputs * outputs];
            var bias = new double[outputs];
            for (int i = 0; i < weights.Length; i++) weights[i] = bound * (2 * random.NextDouble() - 1);
            for (int i = 0; i < bias.Length; i++) bias[i] = bound * (2 * random.NextDouble() - 1);
            var activation = l == layers.Length - 1 ? Activation.Identity : Activation.Tanh;
            layers[l] = new DenseLayer(inputs, outputs, weights, bias, activation);
        }
        return new Network(layers);
    }
}
