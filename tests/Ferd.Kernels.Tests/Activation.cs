using Ferd.Generated;

namespace Ferd.Kernels.Tests;

/// <summary>Applies a kernel in place to a span, as generated code does after each layer.</summary>
internal delegate void SpanKernel(Span<float> values);

/// <summary>
/// One activation: the kernel's span and scalar forms, the exact function in double, and the
/// documented bound on the distance in ulp between the kernel and the exact value rounded to float.
/// An error of at most <see cref="AbsoluteFloor"/> passes whatever its ulp count, for kernels whose
/// tails lose relative accuracy only where the result is far below the normal floats.
/// </summary>
internal sealed record Activation(string Name, SpanKernel Batch, Func<float, float> Scalar, Func<double, double> Exact, long MaxUlp, double AbsoluteFloor = 0)
{
    /// <summary>Whether the function increases everywhere (the gated ones, Swish, GELU, Mish, dip first).</summary>
    public bool Increasing => Name is "tanh" or "sigmoid" or "elu" or "selu" or "softplus";

    public static Activation Tanh { get; } = new("tanh", FerdMath.Tanh, FerdMath.Tanh, Math.Tanh, MaxUlp: 1);

    public static Activation Sigmoid { get; } = new("sigmoid", FerdMath.Sigmoid, FerdMath.Sigmoid, x => 1.0 / (1.0 + Math.Exp(-x)), MaxUlp: 2);

    // x·σ(x) with σ the Sigmoid kernel: 3 ulp measured (σ's 2 and the product's rounding). Where
    // σ(x) is subnormal (x < −87) it has few bits left, so the ulp count there means nothing: the
    // result is below 1e-36 and within 1e-43 of exact, which the 1e-38 floor checks instead.
    public static Activation Swish { get; } = new("swish", FerdMath.Swish, FerdMath.Swish, ExactFunctions.Swish, MaxUlp: 3, AbsoluteFloor: 1e-38);

    // Numerical Recipes' erfc fit, 1.1e-7 relative, in double: 2 ulp measured.
    public static Activation Gelu { get; } = new("gelu", FerdMath.Gelu, FerdMath.Gelu, ExactFunctions.Gelu, MaxUlp: 2);

    // The kernels below compute in double and round once: 0 ulp on every input surveyed, 1 allowed
    // for an exact value within the double's last-bit error of a midpoint between two floats.
    public static Activation GeluTanh { get; } = new("gelutanh", FerdMath.GeluTanh, FerdMath.GeluTanh, ExactFunctions.GeluTanh, MaxUlp: 1);

    // ONNX's default α = 1.
    public static Activation Elu { get; } = new("elu", v => FerdMath.Elu(v, 1f), x => FerdMath.Elu(x, 1f), x => ExactFunctions.Elu(x, 1), MaxUlp: 1);

    public static Activation Selu { get; } = new("selu", v => FerdMath.Selu(v, (float)ExactFunctions.SeluAlpha, (float)ExactFunctions.SeluGamma),
        x => FerdMath.Selu(x, (float)ExactFunctions.SeluAlpha, (float)ExactFunctions.SeluGamma), ExactFunctions.Selu, MaxUlp: 1);

    public static Activation Softplus { get; } = new("softplus", FerdMath.Softplus, FerdMath.Softplus, ExactFunctions.Softplus, MaxUlp: 1);

    public static Activation Mish { get; } = new("mish", FerdMath.Mish, FerdMath.Mish, ExactFunctions.Mish, MaxUlp: 1);

    private static readonly Activation[] All = [Tanh, Sigmoid, Swish, Gelu, GeluTanh, Elu, Selu, Softplus, Mish];

    public static IReadOnlyList<string> Names { get; } = All.Select(a => a.Name).ToArray();

    public static Activation ByName(string name) => All.FirstOrDefault(a => a.Name == name) ?? throw new ArgumentException(name);

    /// <summary>The exact value rounded once to float: what a correctly rounded kernel returns.</summary>
    public float Reference(float x) => (float)Exact(x);

    public override string ToString() => Name;
}
