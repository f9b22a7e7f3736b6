using BenchmarkDotNet.Attributes;
using Ferd.Generated;

namespace Ferd.Benchmarks;

/// <summary>
/// One layer's worth of activations: the scalar MathF loop a hand-written network runs against
/// FerdMath's span kernels, accurate and fast. Each call reads the pre-activations and writes a
/// separate buffer, so the span kernels pay for the copy too.
/// </summary>
public class ActivationBenchmarks
{
    private float[] _preActivations = [];
    private float[] _activations = [];

    [Params(64, 128)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _preActivations = new float[Length];
        for (int i = 0; i < Length; i++) _preActivations[i] = (float)(random.NextDouble() * 8 - 4);
        _activations = new float[Length];
    }

    [Benchmark(Baseline = true)]
    public void MathFTanhLoop()
    {
        for (int i = 0; i < _preActivations.Length; i++) _activations[i] = MathF.Tanh(_preActivations[i]);
    }

    [Benchmark]
    public void FerdMathTanhScalarLoop()
    {
        for (int i = 0; i < _preActivations.Length; i++) _activations[i] = FerdMath.Tanh(_preActivations[i]);
    }

    [Benchmark]
    public void FerdMathTanhSpan()
    {
        _preActivations.CopyTo(_activations, 0);
        FerdMath.Tanh(_activations);
    }

    [Benchmark]
    public void MathFSigmoidLoop()
    {
        for (int i = 0; i < _preActivations.Length; i++) _activations[i] = 1f / (1f + MathF.Exp(-_preActivations[i]));
    }

    [Benchmark]
    public void FerdMathSigmoidSpan()
    {
        _preActivations.CopyTo(_activations, 0);
        FerdMath.Sigmoid(_activations);
    }

    [Benchmark]
    public void FerdMathTanhFastSpan()
    {
        _preActivations.CopyTo(_activations, 0);
        FerdMath.TanhFast(_activations);
    }

    [Benchmark]
    public void FerdMathSigmoidFastSpan()
    {
        _preActivations.CopyTo(_activations, 0);
        FerdMath.SigmoidFast(_activations);
    }
}
