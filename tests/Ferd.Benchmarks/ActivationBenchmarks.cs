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
        // Every variant computes what it claims before it is timed: the accurate kernels to float
        // precision, the fast ones within their documented bounds (5e-7 tanh, 3e-7 sigmoid).
        Verify(nameof(MathFTanhLoop), MathFTanhLoop, Math.Tanh, 1e-6);
        Verify(nameof(FerdMathTanhScalarLoop), FerdMathTanhScalarLoop, Math.Tanh, 1e-6);
        Verify(nameof(FerdMathTanhSpan), FerdMathTanhSpan, Math.Tanh, 1e-6);
        Verify(nameof(MathFSigmoidLoop), MathFSigmoidLoop, Logistic, 1e-6);
        Verify(nameof(FerdMathSigmoidSpan), FerdMathSigmoidSpan, Logistic, 1e-6);
        Verify(nameof(FerdMathTanhFastSpan), FerdMathTanhFastSpan, Math.Tanh, 5e-7);
        Verify(nameof(FerdMathSigmoidFastSpan), FerdMathSigmoidFastSpan, Logistic, 3e-7);
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    private void Verify(string name, Action run, Func<double, double> exact, double tolerance)
    {
        Array.Clear(_activations);
        run();
        for (int i = 0; i < Length; i++)
        {
            double expected = exact(_preActivations[i]);
            if (!(Math.Abs(_activations[i] - expected) <= tolerance))
                throw new InvalidOperationException($"{name} gives {_activations[i]} at {_preActivations[i]}, not {expected} within {tolerance}.");
        }
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
