using System.Collections.Generic;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>The ONNX operators Ferd reads (the reference interpreter runs all but the last row).</summary>
    internal static class OperatorNames
    {
        public static readonly HashSet<string> Supported = new HashSet<string>
        {
            "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "Tanh", "Sigmoid",
            "Identity", "Clip", "Flatten", "Transpose", "Reshape",
            "HardSigmoid", "HardSwish", "BatchNormalization", "Dropout", "Cast",
        };
    }
}
