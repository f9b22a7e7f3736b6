using BenchmarkDotNet.Attributes;
using Ferd.Benchmarks.Generated;

namespace Ferd.Benchmarks;

/// <summary>
/// The forward passes compared on each model: ONNX Runtime (the baseline every ratio is to),
/// hand-written (a scalar loop, and TensorPrimitives as a careful developer writes it), MathNet and
/// Ferd's generated code.
/// </summary>
public abstract class ModelBenchmark
{
    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    public static IEnumerable<string> Models => ModelCase.Names;

    protected ModelCase Case { get; private set; } = null!;

    protected HandWrittenMlp HandWrittenPass { get; private set; } = null!;

    protected MathNetMlp MathNetPass { get; private set; } = null!;

    protected TensorPrimitivesMlp TensorPrimitivesPass { get; private set; } = null!;

    protected GeneratedModel Generated { get; private set; } = null!;

    protected OnnxRuntimePass OnnxRuntimePass { get; private set; } = null!;

    /// <summary>What the compressed variant must reproduce: the compressed network in double precision.</summary>
    protected float[][] QuarterOutputs => Case.OutputsOf(Case.Compressed(Compression.Quarter));

    protected void Prepare(int batchRows)
    {
        Case = ModelCase.Load(Model);
        HandWrittenPass = new HandWrittenMlp(Case.Network);
        MathNetPass = new MathNetMlp(Case.Network, batchRows);
        TensorPrimitivesPass = new TensorPrimitivesMlp(Case.Network);
        Generated = GeneratedModel.For(Model);
        OnnxRuntimePass = new OnnxRuntimePass(Ferd.Tests.TestData.Model(Model), batchRows, Case.Network.InputCount, Case.Network.OutputCount);
    }

    [GlobalCleanup]
    public void Cleanup() => OnnxRuntimePass.Dispose();
}
