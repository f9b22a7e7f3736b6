using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>
    /// The activation σ applied elementwise after a dense layer's affine map. Each activation is one
    /// type holding everything Ferd does with it: evaluation, the ODE encoding, the scale freedom
    /// lumping may use, the facts the certified bound needs, the generated code and the ONNX nodes
    /// it is written back as. <see cref="ActivationTable"/> lists one of each kind.
    /// </summary>
    public abstract class Activation : IEquatable<Activation>
    {
        public static Activation Identity { get; } = new IdentityActivation();

        public static Activation Relu { get; } = new ReluActivation();

        public static Activation Tanh { get; } = new TanhActivation();

        public static Activation Sigmoid { get; } = new SigmoidActivation();

        public static Activation LeakyRelu(double alpha) => new LeakyReluActivation(alpha);

        public static Activation Clip(double lower, double upper) => new ClipActivation(lower, upper);

        public static Activation HardSigmoid(double alpha, double beta) => new HardSigmoidActivation(alpha, beta);

        public static Activation HardSwish(double alpha, double beta) => new HardSwishActivation(alpha, beta);

        public static Activation Swish { get; } = new SwishActivation();

        public static Activation Gelu { get; } = new GeluActivation();

        public static Activation GeluTanh { get; } = new GeluTanhActivation();

        public static Activation Elu(double alpha) => new EluActivation(alpha);

        public static Activation Selu(double alpha, double gamma) => new SeluActivation(alpha, gamma);

        public static Activation Softplus { get; } = new SoftplusActivation();

        public static Activation Mish { get; } = new MishActivation();

        /// <summary>The lower-case name without parameters: "tanh", "leakyrelu".</summary>
        public abstract string Kind { get; }

        /// <summary>Numbers that select one function of the kind (LeakyReLU's slope); empty for most.</summary>
        public virtual IReadOnlyList<double> Parameters => Array.Empty<double>();

        /// <summary>The kind with its parameters as float32 literals: "tanh", "leakyrelu(0.2)".</summary>
        public string Name => Parameters.Count == 0
            ? Kind
            : Kind + "(" + string.Join(", ", Parameters.Select(Number)) + ")";

        // "inf" rather than .NET's "Infinity", which reads like a broken weight in generated code.
        private static string Number(double p) =>
            double.IsPositiveInfinity(p) ? "inf" : double.IsNegativeInfinity(p) ? "-inf" : ((float)p).ToString("R", CultureInfo.InvariantCulture);

        /// <summary>σ(z) in double precision, the reference for every transformation of the IR.</summary>
        public abstract double Apply(double z);

        public abstract ScaleFreedom Scales { get; }

        /// <summary>
        /// The offset μ in a = λ·ã + μ for a member whose signature is <paramref name="scale"/> times its
        /// representative's: 1 for a sign-flipped sigmoid, 0 otherwise.
        /// </summary>
        public virtual double Offset(double scale) => 0;

        /// <summary>What the certified bound needs; null where Ferd knows none, and then it certifies no bound.</summary>
        public abstract BoundFacts? Facts { get; }

        /// <summary>
        /// P as (coefficient, power of v) terms with v' = P(v)·z' and v(0) = σ(0), so v(1) = σ(z)
        /// (docs/METHOD.md §2); null where σ has no such polynomial and the ODE carries z instead.
        /// </summary>
        public virtual IReadOnlyList<(double Coefficient, int Power)>? OdePolynomial => null;

        /// <summary>The FerdMath kernel generated code calls, or null where σ is written inline.</summary>
        public virtual string? Kernel => null;

        /// <summary>Whether the kernel has a faster, less accurate variant (FastActivations).</summary>
        public virtual bool HasFastKernel => false;

        /// <summary>Arguments after the value(s), such as ", 0.5f" for a parameterized kernel.</summary>
        protected virtual string KernelArguments => "";

        /// <summary>C# for σ of the float <paramref name="z"/>.</summary>
        public virtual string ScalarCode(string z, bool fast) => KernelCall(z, fast);

        /// <summary>The statement-free C# that applies σ in place over the span <paramref name="span"/>; null for inline activations.</summary>
        public string? SpanCode(string span, bool fast) => Kernel == null ? null : KernelCall(span, fast);

        /// <summary>Whether the kernel also takes one Vector256 or Vector512 value (.NET 8): the float kernels, not those computing in double.</summary>
        public virtual bool HasVectorKernel => false;

        /// <summary>C# for the kernel over the vector <paramref name="v"/>, the bits of its span form; null where it has no vector form.</summary>
        public string? VectorKernelCode(string v, bool fast) => HasVectorKernel ? KernelCall(v, fast) : null;

        /// <summary>
        /// Lane-wise C# over the vector type <paramref name="vector"/> ("Vector256" or "Vector512") for
        /// inline activations, the same bits as <see cref="ScalarCode"/>.
        /// </summary>
        public virtual string VectorCode(string v, string vector) => throw new InvalidOperationException($"{Name} runs as a kernel over spans, not inline.");

        /// <summary>The ONNX nodes that compute σ from <paramref name="input"/> into <paramref name="output"/>.</summary>
        public abstract void WriteOnnx(OnnxActivationWriter writer, string input, string output);

        private string KernelCall(string argument, bool fast) =>
            $"FerdMath.{Kernel}{(fast && HasFastKernel ? "Fast" : "")}({argument}{KernelArguments})";

        public bool Equals(Activation? other) =>
            other is not null && other.GetType() == GetType() && other.Parameters.SequenceEqual(Parameters);

        public override bool Equals(object? obj) => Equals(obj as Activation);

        public override int GetHashCode() => Parameters.Aggregate(Kind.GetHashCode(), (h, p) => h * 31 + p.GetHashCode());

        public static bool operator ==(Activation? a, Activation? b) => a is null ? b is null : a.Equals(b);

        public static bool operator !=(Activation? a, Activation? b) => !(a == b);

        public override string ToString() => Name;
    }
}
