using BenchmarkDotNet.Attributes;

namespace Ferd.Benchmarks;

/// <summary>Throughput on a batch of rows, row-major in and out.</summary>
[RowsPerCall(Rows)]
public class BatchBenchmarks
{
    public const int Rows = 1024;

    private HandWrittenMlp _handWritten = null!;
    private MathNetMlp _mathNet = null!;
    private float[] _inputs = [];
    private float[] _outputs = [];

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    public static IEnumerable<string> Models => ModelCase.Names;

    [GlobalSetup]
    public void Setup()
    {
        var model = ModelCase.Load(Model);
        _handWritten = new HandWrittenMlp(model.Network);
        _mathNet = new MathNetMlp(model.Network, Rows);
        model.VerifyBatch(nameof(HandWritten), _handWritten.PredictBatch, Rows);
        model.VerifyBatch(nameof(MathNet), _mathNet.PredictBatch, Rows);
        _inputs = model.InputRows(Rows);
        _outputs = new float[Rows * model.Network.OutputCount];
    }

    [Benchmark(Baseline = true)]
    public void HandWritten() => _handWritten.PredictBatch(_inputs, _outputs);

    [Benchmark]
    public void MathNet() => _mathNet.PredictBatch(_inputs, _outputs);
}
