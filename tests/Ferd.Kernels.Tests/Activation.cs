using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>Applies a kernel in place to a span, as generated code does after each layer.</summary>
internal delegate void SpanKernel(Span<float> values);

/// <summary>One activation: the kernel's span and scalar forms and the exact function in double.</summary>
internal sealed record Activation(string Name, SpanKernel Batch, Func<float, float> Scalar, Func<double, double> Exact)
{
    public static Activation Tanh { get; } = new("tanh", FerdMath.Tanh, FerdMath.Tanh, Math.Tanh);

    public static Activation Sigmoid { get; } = new("sigmoid", FerdMath.Sigmoid, FerdMath.Sigmoid, x => 1.0 / (1.0 + Math.Exp(-x)));

    /// <summary>The exact value rounded once to float: what a correctly rounded kernel returns.</summary>
    public float Reference(float x) => (float)Exact(x);

    public override string ToString() => Name;
}
