using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z for z &gt; 0, α·(e^z − 1) below; ONNX Elu (α = 1 by default).</summary>
    internal sealed class EluActivation : Activation
    {
        public EluActivation(double alpha)
        {
            Alpha = alpha;
            Facts = Exponential(alpha, 1);
        }

        public double Alpha { get; }

        public override string Kind => "elu";

        public override IReadOnlyList<double> Parameters => new[] { Alpha };

        public override double Apply(double z) => Negative(Alpha, z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts { get; }

        public override string Kernel => "Elu";

        protected override string KernelArguments => ", " + FloatLiteral.Format(Alpha);

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) =>
            writer.Node("Elu", output, input, OnnxActivationWriter.FloatAttribute("alpha", Alpha));

        /// <summary>z for z &gt; 0, α·expm1(z) below: expm1 keeps the relative accuracy e^z − 1 loses near 0.</summary>
        public static double Negative(double alpha, double z) => z > 0 ? z : alpha * DoubleMath.Expm1(z);

        /// <summary>
        /// The facts of γ·ELU_α: slope γ right of the kink at 0 and γαe^z left of it, each piece
        /// monotone; σ is extreme at 0 only where the two slopes have opposite signs.
        /// </summary>
        public static BoundFacts Exponential(double alpha, double gamma) => new BoundFacts(
            z => z > 0 ? gamma : gamma * alpha * System.Math.Exp(z),
            critical: alpha < 0 ? new[] { 0.0 } : null,
            kinks: new[] { 0.0 });
    }
}
