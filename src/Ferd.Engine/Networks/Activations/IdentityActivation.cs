using System.Collections.Generic;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z: a linear layer, such as the last one of a regression network.</summary>
    internal sealed class IdentityActivation : Activation
    {
        private static readonly BoundFacts BoundFacts = new BoundFacts(_ => 1);

        public override string Kind => "identity";

        public override double Apply(double z) => z;

        public override ScaleFreedom Scales => ScaleFreedom.Positive;

        public override BoundFacts Facts => BoundFacts;

        public override IReadOnlyList<(double Coefficient, int Power)> OdePolynomial { get; } = new[] { (1.0, 0) };

        public override string ScalarCode(string z, bool fast) => z;

        public override string VectorCode(string v, string vector) => v;

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) => writer.Node("Identity", output, input);
    }
}
