using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>
/// One fast activation: its span and scalar forms, the exact function in double, and its
/// documented absolute and (for tanh) relative and ulp error bounds.
/// </summary>
internal sealed record FastActivation(string Name, SpanKernel Batch, Func<float, float> Scalar, Func<double, double> Exact, double MaxAbsolute, double MaxRelative, long MaxUlp)
{
    public static FastActivation Tanh { get; } = new("tanh", FerdMath.TanhFast, FerdMath.TanhFast, Math.Tanh, MaxAbsolute: 5e-7, MaxRelative: 5e-7, MaxUlp: 8);

    // Relative error is unbounded where σ underflows toward 0; only the absolute bound is documented.
    public static FastActivation Sigmoid { get; } = new("sigmoid", FerdMath.SigmoidFast, FerdMath.SigmoidFast, x => 1.0 / (1.0 + Math.Exp(-x)), MaxAbsolute: 3e-7, MaxRelative: double.PositiveInfinity, MaxUlp: long.MaxValue);

    public static IReadOnlyList<string> Names { get; } = [Tanh.Name, Sigmoid.Name];

    public static FastActivation ByName(string name) => name == Tanh.Name ? Tanh : name == Sigmoid.Name ? Sigmoid : throw new ArgumentException(name);

    public override string ToString() => Name;
}
