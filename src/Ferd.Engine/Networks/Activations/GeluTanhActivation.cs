using System;
using Ferd.Onnx;

using static Ferd.Networks.DoubleMath;

namespace Ferd.Networks
{
    /// <summary>
    /// σ(z) = ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))), GELU's tanh approximation; ONNX Gelu
    /// (approximate="tanh"), PyTorch gelu(approximate='tanh'). Evaluated as z·s(t(z)) with s the
    /// logistic function and t = 2√(2/π)·(z + 0.044715·z³), since 1 + tanh(u) = 2·s(2u) does not cancel for z &lt; 0.
    /// </summary>
    internal sealed class GeluTanhActivation : Activation
    {
        public const double Cubic = 0.044715;

        private static readonly double TwiceScale = 2 * Math.Sqrt(2 / Math.PI);

        // σ' = s(t)·(1 + z·s(−t)·t') changes sign once, at the minimum near −0.75. σ'' =
        // s'(t)·(2t' − z·tanh(t/2)·t'² + z·t''), the bracket even in z, so the inflections are ±p.
        private static readonly double Minimum = Root(z => 1 + z * Logistic(-T(z)) * T1(z), -1, -0.5);
        private static readonly double Inflection = Root(z => 2 * T1(z) - z * Math.Tanh(0.5 * T(z)) * T1(z) * T1(z) + z * T2(z), 1, 2);

        private static readonly BoundFacts BoundFacts = new BoundFacts(
            Derivative,
            critical: new[] { Minimum },
            inflections: new[] { -Inflection, Inflection });

        public override string Kind => "gelutanh";

        // −∞ · 0 would be NaN; the limit is 0.
        public override double Apply(double z) => double.IsNegativeInfinity(z) ? -0.0 : z * Logistic(T(z));

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts => BoundFacts;

        public override string Kernel => "GeluTanh";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output)
        {
            // Opset 13 has no Gelu: the tanh formula from its parts, as PyTorch exports it.
            string square = writer.Value(), cube = writer.Value(), cubic = writer.Value(), inner = writer.Value(),
                argument = writer.Value(), tanh = writer.Value(), shifted = writer.Value(), product = writer.Value();
            writer.Node("Mul", square, new[] { input, input });
            writer.Node("Mul", cube, new[] { square, input });
            writer.Node("Mul", cubic, new[] { cube, writer.Scalar(Cubic) });
            writer.Node("Add", inner, new[] { input, cubic });
            writer.Node("Mul", argument, new[] { inner, writer.Scalar(Math.Sqrt(2 / Math.PI)) });
            writer.Node("Tanh", tanh, argument);
            writer.Node("Add", shifted, new[] { tanh, writer.Scalar(1) });
            writer.Node("Mul", product, new[] { input, shifted });
            writer.Node("Mul", output, new[] { product, writer.Scalar(0.5) });
        }

        // Past |z| = 30, s(t) is 0 or 1 in double, and the product below would meet 0 · ∞.
        private static double Derivative(double z) =>
            z > 30 ? 1 : z < -30 ? 0 : Logistic(T(z)) * (1 + z * Logistic(-T(z)) * T1(z));

        private static double T(double z) => TwiceScale * z * (1 + Cubic * z * z);

        private static double T1(double z) => TwiceScale * (1 + 3 * Cubic * z * z);

        private static double T2(double z) => TwiceScale * 6 * Cubic * z;
    }
}
