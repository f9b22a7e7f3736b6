using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = max(z, 0); ONNX Relu, or Clip with bounds 0 and ∞.</summary>
    internal sealed class ReluActivation : Activation
    {
        private static readonly BoundFacts BoundFacts = new BoundFacts(z => z > 0 ? 1 : 0, kinks: new[] { 0.0 });

        public override string Kind => "relu";

        public override double Apply(double z) => z > 0 ? z : 0;

        public override ScaleFreedom Scales => ScaleFreedom.Positive;

        public override BoundFacts Facts => BoundFacts;

        public override string ScalarCode(string z, bool fast) => $"{z} > 0f ? {z} : 0f";

        // Masking keeps z where z > 0, which matches the scalar form for every input, NaN and −0 included.
        public override string VectorCode(string v, string vector) => $"{v} & {vector}.GreaterThan({v}, {vector}<float>.Zero)";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) => writer.Node("Relu", output, input);
    }
}
