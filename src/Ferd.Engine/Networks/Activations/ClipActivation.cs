using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>σ(z) = min(max(z, lo), hi); ONNX Clip, as PyTorch exports Hardtanh and ReLU6. Clip(0, ∞) imports as ReLU.</summary>
    internal sealed class ClipActivation : Activation
    {
        public ClipActivation(double lower, double upper)
        {
            Lower = lower;
            Upper = upper;
            Facts = new BoundFacts(z => z > lower && z < upper ? 1 : 0, kinks: new[] { lower, upper });
        }

        public double Lower { get; }

        public double Upper { get; }

        public override string Kind => "clip";

        public override IReadOnlyList<double> Parameters => new[] { Lower, Upper };

        public override double Apply(double z) => z < Lower ? Lower : z > Upper ? Upper : z;

        // The bounds are fixed: a scaled pre-activation would move them.
        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts { get; }

        // An infinite bound clips nothing and is left out of the code.
        public override string ScalarCode(string z, bool fast)
        {
            string upper = double.IsPositiveInfinity(Upper) ? z : $"{z} > {FloatLiteral.Format(Upper)} ? {FloatLiteral.Format(Upper)} : {z}";
            return double.IsNegativeInfinity(Lower) ? upper : $"{z} < {FloatLiteral.Format(Lower)} ? {FloatLiteral.Format(Lower)} : {upper}";
        }

        public override string VectorCode(string v, string vector)
        {
            string lower = $"{vector}.Create({FloatLiteral.Format(Lower)})", upper = $"{vector}.Create({FloatLiteral.Format(Upper)})";
            string high = double.IsPositiveInfinity(Upper) ? v : $"{vector}.ConditionalSelect({vector}.GreaterThan({v}, {upper}), {upper}, {v})";
            return double.IsNegativeInfinity(Lower) ? high : $"{vector}.ConditionalSelect({vector}.LessThan({v}, {lower}), {lower}, {high})";
        }

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output) =>
            writer.Node("Clip", output, new[] { input, writer.Scalar(Lower), writer.Scalar(Upper) });
    }
}
