using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = γ·(z for z &gt; 0, α·(e^z − 1) below); ONNX Selu, PyTorch SELU (α ≈ 1.6733, γ ≈ 1.0507).</summary>
    internal sealed class SeluActivation : Activation
    {
        public SeluActivation(double alpha, double gamma)
        {
            Alpha = alpha;
            Gamma = gamma;
            Facts = EluActivation.Exponential(alpha, gamma);
        }

        public double Alpha { get; }

        public double Gamma { get; }

        public override string Kind => "selu";

        public override IReadOnlyList<double> Parameters => new[] { Alpha, Gamma };

        public override double Apply(double z) => Gamma * EluActivation.Negative(Alpha, z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts { get; }

        public override string Kernel => "Selu";

        protected override string KernelArguments => ", " + FloatLiteral.Format(Alpha) + ", " + FloatLiteral.Format(Gamma);

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) =>
            writer.Node("Selu", output, input, OnnxActivationWriter.FloatAttribute("alpha", Alpha), OnnxActivationWriter.FloatAttribute("gamma", Gamma));
    }
}
