using System;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>Clip's bounds: inputs 1 and 2 from opset 11, attributes before; a missing bound is unbounded.</summary>
    internal static class ClipBounds
    {
        /// <param name="scalarInput">The scalar value of an input, or null when the input is omitted.</param>
        public static (float Min, float Max) Of(OnnxNode node, Func<int, float?> scalarInput) =>
            (scalarInput(1) ?? node.Float("min", float.NegativeInfinity),
             scalarInput(2) ?? node.Float("max", float.PositiveInfinity));
    }
}
