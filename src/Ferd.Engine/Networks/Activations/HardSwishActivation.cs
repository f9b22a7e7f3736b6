using System.Collections.Generic;
using Ferd.Onnx;

namespace Ferd.Networks
{
    /// <summary>
    /// σ(z) = z · max(0, min(1, αz + β)); ONNX HardSwish (α = 1/6, β = 1/2), or HardSigmoid times
    /// its own input, as PyTorch exports Hardswish before opset 14.
    /// </summary>
    internal sealed class HardSwishActivation : Activation
    {
        public HardSwishActivation(double alpha, double beta)
        {
            Alpha = alpha;
            Beta = beta;
            _gate = new HardSigmoidActivation(alpha, beta);
            double low = -beta / alpha, high = (1 - beta) / alpha;
            // Zero below, the parabola z(αz + β) between, z above; its minimum lies where 2αz + β = 0.
            Facts = new BoundFacts(
                z => z < low ? 0 : z > high ? 1 : 2 * alpha * z + beta,
                critical: new[] { -beta / (2 * alpha) },
                kinks: new[] { low, high });
        }

        private readonly HardSigmoidActivation _gate;

        public double Alpha { get; }

        public double Beta { get; }

        public override string Kind => "hardswish";

        public override IReadOnlyList<double> Parameters => new[] { Alpha, Beta };

        public override double Apply(double z) => z * _gate.Apply(z);

        public override ScaleFreedom Scales => ScaleFreedom.Unit;

        public override BoundFacts Facts { get; }

        public override string ScalarCode(string z, bool fast) => $"{z} * ({_gate.ScalarCode(z, fast)})";

        public override string VectorCode(string v, string vector) => $"{v} * {_gate.VectorCode(v, vector)}";

        public override void WriteOnnx(OnnxActivationWriter writer, string input, string output)
        {
            string gate = writer.Value();
            writer.Node("HardSigmoid", gate, input, OnnxActivationWriter.FloatAttribute("alpha", Alpha), OnnxActivationWriter.FloatAttribute("beta", Beta));
            writer.Node("Mul", output, new[] { input, gate });
        }
    }
}
