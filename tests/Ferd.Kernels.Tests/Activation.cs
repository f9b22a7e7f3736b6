using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>Applies a kernel in place to a span, as generated code does after each layer.</summary>
internal delegate void SpanKernel(Span<float> values);

/// <summary>
/// One activation: the kernel's span and scalar forms, the exact function in double, and the
/// documented bound on the distance in ulp between the kernel and the exact value rounded to float.
/// </summary>
internal sealed record Activation(string Name, SpanKernel Batch, Func<float, float> Scalar, Func<double, double> Exact, long MaxUlp)
{
    public static Activation Tanh { get; } = new("tanh", FerdMath.Tanh, FerdMath.Tanh, Math.Tanh, MaxUlp: 1);

    public static Activation Sigmoid { get; } = new("sigmoid", FerdMath.Sigmoid, FerdMath.Sigmoid, x => 1.0 / (1.0 + Math.Exp(-x)), MaxUlp: 2);

    public static IReadOnlyList<string> Names { get; } = [Tanh.Name, Sigmoid.Name];

    public static Activation ByName(string name) => name == Tanh.Name ? Tanh : name == Sigmoid.Name ? Sigmoid : throw new ArgumentException(name);

    /// <summary>The exact value rounded once to float: what a correctly rounded kernel returns.</summary>
    public float Reference(float x) => (float)Exact(x);

    public override string ToString() => Name;
}
