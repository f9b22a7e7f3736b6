using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = z for z ≥ 0, αz below; ONNX LeakyRelu.</summary>
    internal sealed class LeakyReluActivation : Activation
    {
        public LeakyReluActivation(double alpha)
        {
            Alpha = alpha;
            Facts = new BoundFacts(z => z > 0 ? 1 : alpha, critical: alpha < 0 ? new[] { 0.0 } : null, kinks: new[] { 0.0 });
        }

        public double Alpha { get; }

        public override string Kind => "leakyrelu";

        public override IReadOnlyList<double> Parameters => new[] { Alpha };

        public override double Apply(double z) => z >= 0 ? z : Alpha * z;

        public override ScaleFreedom Scales => ScaleFreedom.Positive;

        public override BoundFacts Facts { get; }

        public override string ScalarCode(string z, bool fast) => $"{z} >= 0f ? {z} : {FloatLiteral.Format(Alpha)} * {z}";

        public override string VectorCode(string v, string vector) =>
            $"{vector}.ConditionalSelect({vector}.GreaterThanOrEqual({v}, {vector}<float>.Zero), {v}, {v} * {FloatLiteral.Format(Alpha)})";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) =>
            writer.Node("LeakyRelu", output, input, OnnxActivationWriter.FloatAttribute("alpha", Alpha));
    }
}
