using BenchmarkDotNet.Attributes;

namespace Ferd.Benchmarks;

/// <summary>Latency of one prediction: one row in, one row out.</summary>
[RowsPerCall(1)]
public class SingleSampleBenchmarks : ModelBenchmark
{
    private float[] _input = [];
    private float[] _output = [];

    [GlobalSetup]
    public void Setup()
    {
        Prepare(batchRows: 1);
        Case.Verify(nameof(OnnxRuntime), OnnxRuntimePass.Predict);
        Case.Verify(nameof(HandWritten), HandWrittenPass.Predict);
        Case.Verify(nameof(MathNet), MathNetPass.Predict);
        Case.Verify(nameof(TensorPrimitives), TensorPrimitivesPass.Predict);
        Case.Verify(nameof(FerdExact), Generated.Exact);
        Case.Verify(nameof(FerdQuarter), Generated.Quarter, QuarterOutputs);
        Case.Verify(nameof(FerdExactFast), Generated.ExactFast);
        Case.Verify(nameof(FerdQuarterFast), Generated.QuarterFast, QuarterOutputs);
        Case.Verify(nameof(FerdExactScalar), Generated.ExactScalar);
        _input = Case.Inputs[0];
        _output = new float[Case.Network.OutputCount];
        _input.CopyTo(OnnxRuntimePass.Input, 0);
    }

    [Benchmark(Baseline = true)]
    public void OnnxRuntime() => OnnxRuntimePass.Run();

    [Benchmark]
    public void HandWritten() => HandWrittenPass.Predict(_input, _output);

    [Benchmark]
    public void MathNet() => MathNetPass.Predict(_input, _output);

    [Benchmark]
    public void TensorPrimitives() => TensorPrimitivesPass.Predict(_input, _output);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExact() => Generated.Exact(_input, _output);

    [Benchmark]
    [Compressed(Compression.Quarter)]
    public void FerdQuarter() => Generated.Quarter(_input, _output);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExactFast() => Generated.ExactFast(_input, _output);

    [Benchmark]
    [Compressed(Compression.Quarter)]
    public void FerdQuarterFast() => Generated.QuarterFast(_input, _output);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExactScalar() => Generated.ExactScalar(_input, _output);
}
