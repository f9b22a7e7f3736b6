using System;
using Ferd.Onnx;

using static Ferd.Networks.DoubleMath;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z·s(z) with s the logistic function; PyTorch SiLU, ML-Agents Swish; ONNX Sigmoid then Mul.</summary>
    internal sealed class SwishActivation : Activation
    {
        // σ' = s·(1 + z·s(−z)) changes sign once, at its minimum near −1.28; σ'' = s'·(2 − z·tanh(z/2))
        // vanishes where z·tanh(z/2) = 2, an even function, so at ±p.
        private static readonly double Minimum = Root(z => 1 + z * Logistic(-z), -2, -1);
        private static readonly double Inflection = Root(z => 2 - z * Math.Tanh(0.5 * z), 2, 3);

        private static readonly BoundFacts BoundFacts = new BoundFacts(
            z => Logistic(z) * (1 + z * Logistic(-z)),
            critical: new[] { Minimum },
            inflections: new[] { -Inflection, Inflection });

        public override string Kind => "swish";

        // −∞ · 0 would be NaN; the limit is 0.
        public override double Apply(double z) => double.IsNegativeInfinity(z) ? -0.0 : z * Logistic(z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts => BoundFacts;

        public override string Kernel => "Swish";

        public override bool HasVectorKernel => true;

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output)
        {
            string gate = writer.Value();
            writer.Node("Sigmoid", gate, input);
            writer.Node("Mul", output, new[] { input, gate });
        }
    }
}
