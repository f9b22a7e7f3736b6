using BenchmarkDotNet.Attributes;

namespace Ferd.Benchmarks;

/// <summary>Latency of one prediction: one row in, one row out.</summary>
[RowsPerCall(1)]
public class SingleSampleBenchmarks
{
    private HandWrittenMlp _handWritten = null!;
    private MathNetMlp _mathNet = null!;
    private float[] _input = [];
    private float[] _output = [];

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    public static IEnumerable<string> Models => ModelCase.Names;

    [GlobalSetup]
    public void Setup()
    {
        var model = ModelCase.Load(Model);
        _handWritten = new HandWrittenMlp(model.Network);
        _mathNet = new MathNetMlp(model.Network, batchRows: 1);
        model.Verify(nameof(HandWritten), _handWritten.Predict);
        model.Verify(nameof(MathNet), _mathNet.Predict);
        _input = model.Inputs[0];
        _output = new float[model.Network.OutputCount];
    }

    [Benchmark(Baseline = true)]
    public void HandWritten() => _handWritten.Predict(_input, _output);

    [Benchmark]
    public void MathNet() => _mathNet.Predict(_input, _output);
}
