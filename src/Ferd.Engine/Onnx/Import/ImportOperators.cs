using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx.Import
{
    /// <summary>The operators the import reads, checked on the nodes the chosen output needs before the walk.</summary>
    internal static class ImportOperators
    {
        public static readonly IReadOnlyList<string> Supported = new[]
        {
            "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "Tanh", "Sigmoid", "Clip",
            "HardSigmoid", "HardSwish", "Elu", "Selu", "Softplus", "Mish", "Gelu", "Erf", "Pow", "Sqrt",
            "BatchNormalization", "Flatten", "Reshape", "Transpose", "Concat", "Slice", "Softmax", "LogSoftmax", "ArgMax", "Cast",
        };

        private static readonly HashSet<string> Known = new HashSet<string>(Supported);

        // A model of these families is not a feed-forward MLP; name the layer rather than the shape arithmetic around it.
        private static readonly string[] Families = { "LSTM", "GRU", "RNN", "Conv", "ConvTranspose", "Attention", "MultiHeadAttention" };

        public static void Check(IReadOnlyList<OnnxNode> nodes)
        {
            var unsupported = nodes.Where(n => !(n.Domain is "" or "ai.onnx") || !Known.Contains(n.OpType)).ToList();
            if (unsupported.Count == 0) return;
            throw NodeErrors.Unsupported(unsupported.FirstOrDefault(n => Families.Contains(n.OpType)) ?? unsupported[0]);
        }
    }
}
