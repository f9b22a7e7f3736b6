using System;
using System.Collections.Generic;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = tanh z; ONNX Tanh.</summary>
    internal sealed class TanhActivation : Activation
    {
        private static readonly BoundFacts BoundFacts = new BoundFacts(z => 1 - Math.Tanh(z) * Math.Tanh(z), inflections: new[] { 0.0 });

        public override string Kind => "tanh";

        public override double Apply(double z) => Math.Tanh(z);

        // tanh is odd.
        public override ScaleFreedom Scales => ScaleFreedom.Sign;

        public override BoundFacts Facts => BoundFacts;

        // tanh' = 1 − tanh².
        public override IReadOnlyList<(double Coefficient, int Power)> OdePolynomial { get; } = new[] { (1.0, 0), (-1.0, 2) };

        public override string Kernel => "Tanh";

        public override bool HasVectorKernel => true;

        public override bool HasFastKernel => true;

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) => writer.Node("Tanh", output, input);
    }
}
