using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = max(0, min(1, αz + β)); ONNX HardSigmoid (PyTorch's Hardsigmoid is α = 1/6, β = 1/2).</summary>
    internal sealed class HardSigmoidActivation : Activation
    {
        public HardSigmoidActivation(double alpha, double beta)
        {
            Alpha = alpha;
            Beta = beta;
            Facts = new BoundFacts(z => Inside(z) ? alpha : 0, kinks: new[] { -beta / alpha, (1 - beta) / alpha });
        }

        public double Alpha { get; }

        public double Beta { get; }

        public override string Kind => "hardsigmoid";

        public override IReadOnlyList<double> Parameters => new[] { Alpha, Beta };

        public override double Apply(double z)
        {
            double t = Alpha * z + Beta;
            return t < 0 ? 0 : t > 1 ? 1 : t;
        }

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts { get; }

        public override string ScalarCode(string z, bool fast)
        {
            string t = $"({FloatLiteral.Format(Alpha)} * {z} + {FloatLiteral.Format(Beta)})";
            return $"{t} < 0f ? 0f : {t} > 1f ? 1f : {t}";
        }

        public override string VectorCode(string v, string vector)
        {
            string t = $"({v} * {FloatLiteral.Format(Alpha)} + {vector}.Create({FloatLiteral.Format(Beta)}))";
            return $"{vector}.ConditionalSelect({vector}.LessThan({t}, {vector}<float>.Zero), {vector}<float>.Zero, {vector}.ConditionalSelect({vector}.GreaterThan({t}, {vector}<float>.One), {vector}<float>.One, {t}))";
        }

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) =>
            writer.Node("HardSigmoid", output, input, OnnxActivationWriter.FloatAttribute("alpha", Alpha), OnnxActivationWriter.FloatAttribute("beta", Beta));

        private bool Inside(double z)
        {
            double t = Alpha * z + Beta;
            return t > 0 && t < 1;
        }
    }
}
