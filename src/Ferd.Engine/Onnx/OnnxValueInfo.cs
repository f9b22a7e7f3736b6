using System.Collections.Generic;

namespace Ferd.Onnx
{
    /// <summary>A graph input, output or intermediate value with its declared tensor type.</summary>
    /// <param name="Shape">The declared dimensions, or null when the rank is not declared.</param>
    public sealed record OnnxValueInfo(string Name, OnnxDataType ElementType, IReadOnlyList<OnnxDimension>? Shape);
}
