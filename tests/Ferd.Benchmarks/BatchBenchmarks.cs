using BenchmarkDotNet.Attributes;

namespace Ferd.Benchmarks;

/// <summary>Throughput on a batch of rows, row-major in and out.</summary>
[RowsPerCall(Rows)]
public class BatchBenchmarks : ModelBenchmark
{
    public const int Rows = 1024;

    private float[] _inputs = [];
    private float[] _outputs = [];

    [GlobalSetup]
    public void Setup()
    {
        Prepare(batchRows: Rows);
        Case.VerifyBatch(nameof(OnnxRuntime), OnnxRuntimePass.Predict, Rows);
        Case.VerifyBatch(nameof(HandWritten), HandWrittenPass.PredictBatch, Rows);
        Case.VerifyBatch(nameof(MathNet), MathNetPass.PredictBatch, Rows);
        Case.VerifyBatch(nameof(TensorPrimitives), TensorPrimitivesPass.PredictBatch, Rows);
        Case.VerifyBatch(nameof(FerdExact), Generated.ExactBatch, Rows);
        Case.VerifyBatch(nameof(FerdQuarter), Generated.QuarterBatch, Rows, QuarterOutputs);
        Case.VerifyBatch(nameof(FerdExactFast), Generated.ExactFastBatch, Rows);
        Case.VerifyBatch(nameof(FerdQuarterFast), Generated.QuarterFastBatch, Rows, QuarterOutputs);
        Case.VerifyBatch(nameof(FerdExactScalar), Generated.ExactScalarBatch, Rows);
        _inputs = Case.InputRows(Rows);
        _outputs = new float[Rows * Case.Network.OutputCount];
        _inputs.CopyTo(OnnxRuntimePass.Input, 0);
    }

    [Benchmark(Baseline = true)]
    public void OnnxRuntime() => OnnxRuntimePass.Run();

    [Benchmark]
    public void HandWritten() => HandWrittenPass.PredictBatch(_inputs, _outputs);

    [Benchmark]
    public void MathNet() => MathNetPass.PredictBatch(_inputs, _outputs);

    [Benchmark]
    public void TensorPrimitives() => TensorPrimitivesPass.PredictBatch(_inputs, _outputs);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExact() => Generated.ExactBatch(_inputs, _outputs);

    [Benchmark]
    [Compressed(Compression.Quarter)]
    public void FerdQuarter() => Generated.QuarterBatch(_inputs, _outputs);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExactFast() => Generated.ExactFastBatch(_inputs, _outputs);

    [Benchmark]
    [Compressed(Compression.Quarter)]
    public void FerdQuarterFast() => Generated.QuarterFastBatch(_inputs, _outputs);

    [Benchmark]
    [Compressed(Compression.Exact)]
    public void FerdExactScalar() => Generated.ExactScalarBatch(_inputs, _outputs);
}
