using System.Collections.Generic;

namespace Ferd.Onnx
{
    /// <summary>
    /// A GraphProto. Constant nodes are already turned into <see cref="Initializers"/>, and
    /// <see cref="Inputs"/> holds only real inputs (older models also list initializers there).
    /// </summary>
    public sealed record OnnxGraph(
        string Name,
        IReadOnlyList<OnnxNode> Nodes,
        IReadOnlyList<OnnxTensor> Initializers,
        IReadOnlyList<OnnxValueInfo> Inputs,
        IReadOnlyList<OnnxValueInfo> Outputs,
        IReadOnlyList<OnnxValueInfo> ValueInfo);
}
