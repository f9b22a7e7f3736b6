using System;
using Ferd.Onnx;

using static Ferd.Networks.DoubleMath;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z·tanh(softplus(z)); ONNX Softplus, Tanh, Mul (PyTorch Mish before opset 18).</summary>
    internal sealed class MishActivation : Activation
    {
        // With g = tanh(softplus z), h = 1 − g² and s the logistic function: σ' = g + z·h·s changes
        // sign once, at the minimum near −1.19, and σ'' = h·s·(2 + z·(s(−z) − 2g·s)) twice.
        private static readonly double Minimum = Root(Derivative, -2, -1);
        private static readonly double LowerInflection = Root(Curvature, -3, -2);
        private static readonly double UpperInflection = Root(Curvature, 1, 2);

        private static readonly BoundFacts BoundFacts = new BoundFacts(
            Derivative,
            critical: new[] { Minimum },
            inflections: new[] { LowerInflection, UpperInflection });

        public override string Kind => "mish";

        // −∞ · 0 would be NaN; the limit is 0.
        public override double Apply(double z) => double.IsNegativeInfinity(z) ? -0.0 : z * Gate(z).G;

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts => BoundFacts;

        public override string Kernel => "Mish";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output)
        {
            string softplus = writer.Value(), tanh = writer.Value();
            writer.Node("Softplus", softplus, input);
            writer.Node("Tanh", tanh, softplus);
            writer.Node("Mul", output, new[] { input, tanh });
        }

        private static double Derivative(double z)
        {
            var (g, h) = Gate(z);
            return g + z * h * Logistic(z);
        }

        // The sign of σ'' (its factor h·s > 0 left out).
        private static double Curvature(double z) => 2 + z * (Logistic(-z) - 2 * Gate(z).G * Logistic(z));

        /// <summary>
        /// g = tanh(ln(1 + e^z)) = n/(n + 2) with n = e^z·(e^z + 2), and h = 1 − g² = 4(n + 1)/(n + 2)²,
        /// written in e = e^−|z| ≤ 1 so that nothing overflows or cancels.
        /// </summary>
        private static (double G, double H) Gate(double z)
        {
            double e = Math.Exp(-Math.Abs(z));
            if (z >= 0)
            {
                // n = (1 + 2e)/e², n + 1 = (1 + e)²/e², n + 2 = (1 + 2e + 2e²)/e².
                double d = 1 + 2 * e + 2 * e * e;
                return ((1 + 2 * e) / d, 4 * (1 + e) * (1 + e) * e * e / (d * d));
            }
            else
            {
                double n = e * (e + 2), d = n + 2;
                return (n / d, 4 * (1 + e) * (1 + e) / (d * d));
            }
        }
    }
}
