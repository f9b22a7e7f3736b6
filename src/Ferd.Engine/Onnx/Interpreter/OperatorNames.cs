using System.Collections.Generic;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>The ONNX operators the reference interpreter implements.</summary>
    internal static class OperatorNames
    {
        public static readonly HashSet<string> Supported = new HashSet<string>
        {
            "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "Tanh", "Sigmoid",
            "Identity", "Clip", "Flatten", "Transpose", "Reshape",
        };
    }
}
