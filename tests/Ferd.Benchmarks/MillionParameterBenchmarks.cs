using BenchmarkDotNet.Attributes;
using Ferd.Compiling;
using Ferd.Emit;
using Ferd.Tests;

namespace Ferd.Benchmarks;

/// <summary>
/// One row through a network of a million parameters (<see cref="MillionParameterNetwork"/>,
/// 784 → 1024 → 256 → 10, its two large layers streamed): ONNX Runtime against the code Ferd
/// generates for it at ε = 0, compiled in setup from the source the generator emits.
/// </summary>
[RowsPerCall(1)]
[MemoryDiagnoser]
public class MillionParameterBenchmarks
{
    private const string ClassName = "Bench.Million";
    private OnnxRuntimePass _onnxRuntime = null!;
    private Predictor _ferd = null!;
    private string _modelPath = "";
    private float[] _input = [];
    private float[] _output = [];

    [GlobalSetup]
    public void Setup()
    {
        byte[] model = MillionParameterNetwork.Onnx();
        _modelPath = Path.Combine(Path.GetTempPath(), $"ferd-million-{Environment.ProcessId}.onnx");
        File.WriteAllBytes(_modelPath, model);
        var compiled = Compiler.Compile(model, new CompileSettings(), new EmitTarget("Bench", "Million"));
        _ferd = InMemoryBuild.Predict(compiled.Source ?? throw new InvalidOperationException(string.Join("\n", compiled.Problems)), ClassName);
        int inputs = MillionParameterNetwork.Sizes[0], outputs = MillionParameterNetwork.Sizes[^1];
        _onnxRuntime = new OnnxRuntimePass(_modelPath, 1, inputs, outputs);

        // Both must reproduce ONNX Runtime's outputs computed by the test reference, on a few rows.
        var rows = MillionParameterNetwork.Inputs(4);
        var expected = OnnxRuntimeReference.Run(model, rows.Select(r => r.Select(v => (double)v).ToArray()).ToArray());
        Verify(nameof(OnnxRuntime), _onnxRuntime.Predict, rows, expected);
        Verify(nameof(Ferd), _ferd, rows, expected);
        _input = rows[0];
        _output = new float[outputs];
        _input.CopyTo(_onnxRuntime.Input, 0);
    }

    [Benchmark(Baseline = true)]
    public void OnnxRuntime() => _onnxRuntime.Run();

    [Benchmark]
    public void Ferd() => _ferd(_input, _output);

    [GlobalCleanup]
    public void Cleanup()
    {
        _onnxRuntime.Dispose();
        File.Delete(_modelPath);
    }

    private static void Verify(string variant, Predictor predict, float[][] rows, double[][] expected)
    {
        var output = new float[expected[0].Length];
        for (int r = 0; r < rows.Length; r++)
        {
            predict(rows[r], output);
            for (int k = 0; k < output.Length; k++)
                if (!(Math.Abs(output[k] - expected[r][k]) <= 1e-3 * (1 + Math.Abs(expected[r][k]))))
                    throw new InvalidOperationException($"{variant} on the million-parameter network, row {r}, output {k}: {output[k]} but expected {expected[r][k]}.");
        }
    }
}
