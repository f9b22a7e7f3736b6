using System.Collections.Generic;

namespace Ferd.Onnx
{
    /// <summary>A node attribute; only the field named by <see cref="Type"/> is meaningful.</summary>
    public sealed record OnnxAttribute(
        string Name,
        OnnxAttributeType Type,
        float F,
        long I,
        string S,
        OnnxTensor? T,
        OnnxGraph? G,
        IReadOnlyList<float> Floats,
        IReadOnlyList<long> Ints);
}
