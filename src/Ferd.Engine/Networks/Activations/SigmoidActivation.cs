using System;
using System.Collections.Generic;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = 1 / (1 + e^−z); ONNX Sigmoid.</summary>
    internal sealed class SigmoidActivation : Activation
    {
        private static readonly BoundFacts BoundFacts = new BoundFacts(Derivative, inflections: new[] { 0.0 });

        public override string Kind => "sigmoid";

        public override double Apply(double z) => Logistic(z);

        // σ(−z) = 1 − σ(z): the 1 moves into the next layer's bias.
        public override ScaleFreedom Scales => ScaleFreedom.Sign;

        public override double Offset(double scale) => scale < 0 ? 1.0 : 0.0;

        public override BoundFacts Facts => BoundFacts;

        // σ' = σ − σ².
        public override IReadOnlyList<(double Coefficient, int Power)> OdePolynomial { get; } = new[] { (1.0, 1), (-1.0, 2) };

        public override string Kernel => "Sigmoid";

        public override bool HasVectorKernel => true;

        public override bool HasFastKernel => true;

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) => writer.Node("Sigmoid", output, input);

        public static double Logistic(double z) => 1.0 / (1.0 + Math.Exp(-z));

        private static double Derivative(double z)
        {
            double s = Logistic(z);
            return s * (1 - s);
        }
    }
}
