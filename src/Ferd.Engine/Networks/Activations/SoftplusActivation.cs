using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = ln(1 + e^z); ONNX Softplus.</summary>
    internal sealed class SoftplusActivation : Activation
    {
        // σ' = s(z), the logistic function, increasing everywhere: nothing to list.
        private static readonly BoundFacts BoundFacts = new BoundFacts(DoubleMath.Logistic);

        public override string Kind => "softplus";

        public override double Apply(double z) => DoubleMath.Softplus(z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts => BoundFacts;

        public override string Kernel => "Softplus";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) => writer.Node("Softplus", output, input);
    }
}
