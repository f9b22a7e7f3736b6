using System.Collections.Concurrent;
using Ferd.Benchmarks.Generated;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Tests;

namespace Ferd.Benchmarks;

/// <summary>A forward pass under test: a row of inputs to a row of outputs, or row-major rows to rows.</summary>
public delegate void Predictor(ReadOnlySpan<float> input, Span<float> output);

/// <summary>One shared model: its network, the test inputs and ONNX Runtime's outputs for them.</summary>
public sealed class ModelCase
{
    private static readonly ConcurrentDictionary<string, ModelCase> Loaded = new();

    private ModelCase(string name, Network network, float[][] inputs, float[][] expected)
    {
        Name = name;
        Network = network;
        Inputs = inputs;
        Expected = expected;
    }

    public static IEnumerable<string> Names => TestData.ModelNames;

    public string Name { get; }

    public Network Network { get; }

    /// <summary>Rows of raw features from the model's test split.</summary>
    public float[][] Inputs { get; }

    /// <summary>ONNX Runtime's outputs for <see cref="Inputs"/>.</summary>
    public float[][] Expected { get; }

    public static ModelCase Load(string name) => Loaded.GetOrAdd(name, Read);

    /// <summary>Multiply–adds of one forward pass: Σ inputs × neurons over the layers.</summary>
    public static long MultiplyAddsPerRow(Network network) => network.Layers.Sum(l => (long)l.InputCount * l.OutputCount);

    /// <summary>
    /// The network Ferd generates code for at this compression, compressed once: the summary's
    /// columns ask for it per benchmark and column.
    /// </summary>
    public Network Compressed(Compression compression) => _compressed.GetOrAdd(compression, c =>
    {
        double epsilon = c == Compression.Exact ? 0 : GeneratedModel.For(Name).QuarterEpsilon;
        return DataFreeCompressor.Compress(Network, epsilon).Compressed;
    });

    private readonly ConcurrentDictionary<Compression, Network> _compressed = new();

    /// <summary>What <paramref name="network"/> gives for <see cref="Inputs"/>, evaluated in double.</summary>
    public float[][] OutputsOf(Network network) =>
        Inputs.Select(row => network.Evaluate(row.Select(v => (double)v).ToArray()).Select(v => (float)v).ToArray()).ToArray();

    /// <summary><paramref name="rows"/> input rows, row-major, cycling through the test inputs.</summary>
    public float[] InputRows(int rows)
    {
        var flat = new float[rows * Network.InputCount];
        for (int r = 0; r < rows; r++) Inputs[r % Inputs.Length].CopyTo(flat, r * Network.InputCount);
        return flat;
    }

    /// <summary>
    /// Fails unless <paramref name="predict"/> reproduces <paramref name="expected"/> (by default
    /// ONNX Runtime's outputs) for every test input: a fast wrong answer measures nothing.
    /// </summary>
    public void Verify(string variant, Predictor predict, float[][]? expected = null)
    {
        var output = new float[Network.OutputCount];
        for (int r = 0; r < Inputs.Length; r++)
        {
            predict(Inputs[r], output);
            Check(variant, r, output, expected ?? Expected);
        }
    }

    /// <summary>As <see cref="Verify"/>, for a batch of <paramref name="rows"/> rows from <see cref="InputRows"/>.</summary>
    public void VerifyBatch(string variant, Predictor predictBatch, int rows, float[][]? expected = null)
    {
        var outputs = new float[rows * Network.OutputCount];
        predictBatch(InputRows(rows), outputs);
        for (int r = 0; r < rows; r++) Check(variant, r, outputs.AsSpan(r * Network.OutputCount, Network.OutputCount), expected ?? Expected);
    }

    private void Check(string variant, int row, ReadOnlySpan<float> output, float[][] expectedRows)
    {
        var expected = expectedRows[row % expectedRows.Length];
        for (int k = 0; k < output.Length; k++)
        {
            if (!(Math.Abs(output[k] - expected[k]) <= 1e-3f * (1f + Math.Abs(expected[k]))))
                throw new InvalidOperationException($"{variant} on {Name}, row {row}, output {k}: {output[k]} but expected {expected[k]}.");
        }
    }

    private static ModelCase Read(string name)
    {
        var network = Ferd.Onnx.NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name)));
        var reference = ReferenceRows.For(name);
        return new ModelCase(name, network, reference.FloatInputs, ToFloat(reference.Outputs));
    }

    private static float[][] ToFloat(double[][] rows) => rows.Select(row => row.Select(v => (float)v).ToArray()).ToArray();
}
