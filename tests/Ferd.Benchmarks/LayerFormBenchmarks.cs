using BenchmarkDotNet.Attributes;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Benchmarks;

/// <summary>
/// Where a layer should become streamed (<see cref="CSharpEmitter.StreamedMinWeights"/>): one row
/// through one square identity layer of seeded weights, written by the .NET 8 pass with its
/// weights as float literals in columns (outputs in registers) or streamed (float bits in a
/// string literal, four rows of dot products at a time).
/// </summary>
[RowsPerCall(1)]
[MemoryDiagnoser]
public class LayerFormBenchmarks
{
    private Predictor _predict = null!;
    private float[] _input = [];
    private float[] _output = [];

    [Params(64, 128, 181, 256, 362, 512)]
    public int Size { get; set; }

    [Params(false, true)]
    public bool Streamed { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Size);
        var weights = Enumerable.Range(0, Size * Size).Select(_ => (double)(float)(random.NextDouble() * 2 - 1)).ToArray();
        var network = new Network([new DenseLayer(Size, Size, weights, new double[Size], Activation.Identity)]);
        var result = new CompressionResult(network, network, 0, [new LayerCompression(1, Activation.Identity, Size, Size, Size)]);
        var target = new EmitTarget("Bench", "Layer") { StreamedMinWeights = Streamed ? 1 : int.MaxValue };
        string source = CSharpEmitter.Emit(result, target);
        if (source.Contains("Floats(\"", StringComparison.Ordinal) != Streamed) throw new InvalidOperationException($"Layer {Size} is not in the form asked for.");
        _predict = InMemoryBuild.Predict(source, "Bench.Layer");
        _input = Enumerable.Range(0, Size).Select(i => (float)Math.Sin(i)).ToArray();
        _output = new float[Size];
        // A wrong layer measures nothing: both forms must give the layer's products.
        _predict(_input, _output);
        var expected = network.Evaluate(_input.Select(v => (double)v).ToArray());
        for (int k = 0; k < Size; k++)
            if (!(Math.Abs(_output[k] - expected[k]) <= 1e-3 * (1 + Math.Abs(expected[k]))))
                throw new InvalidOperationException($"Layer {Size} ({(Streamed ? "streamed" : "columns")}), output {k}: {_output[k]} but expected {expected[k]}.");
    }

    [Benchmark]
    public void Layer() => _predict(_input, _output);
}
