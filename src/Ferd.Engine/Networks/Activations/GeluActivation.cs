using System;
using Ferd.Onnx;

using static Ferd.Networks.DoubleMath;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z·Φ(z) = ½·z·(1 + erf(z/√2)), the exact GELU; ONNX Gelu (approximate="none"), written as Erf.</summary>
    internal sealed class GeluActivation : Activation
    {
        // σ' = Φ + z·φ changes sign once, at σ's minimum near −0.75; σ'' = φ·(2 − z²) at ±√2.
        private static readonly double Minimum = Root(z => NormalCdf(z) + z * NormalDensity(z), -1, -0.5);

        private static readonly BoundFacts BoundFacts = new BoundFacts(
            z => NormalCdf(z) + z * NormalDensity(z),
            critical: new[] { Minimum },
            inflections: new[] { -Math.Sqrt(2), Math.Sqrt(2) });

        public override string Kind => "gelu";

        // Φ from erfc(−z/√2), which keeps relative accuracy where Φ is tiny; −∞ · 0 would be NaN.
        public override double Apply(double z) => double.IsNegativeInfinity(z) ? -0.0 : z * NormalCdf(z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts => BoundFacts;

        public override string Kernel => "Gelu";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output)
        {
            // Opset 13 has no Gelu: ½·z·(1 + erf(z/√2)) from its parts.
            string scaled = writer.Value(), erf = writer.Value(), shifted = writer.Value(), product = writer.Value();
            writer.Node("Div", scaled, new[] { input, writer.Scalar(Math.Sqrt(2)) });
            writer.Node("Erf", erf, scaled);
            writer.Node("Add", shifted, new[] { erf, writer.Scalar(1) });
            writer.Node("Mul", product, new[] { input, shifted });
            writer.Node("Mul", output, new[] { product, writer.Scalar(0.5) });
        }
    }
}
