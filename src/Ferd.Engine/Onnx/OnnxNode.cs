using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx
{
    /// <summary>One operator application. Empty input names stand for omitted optional inputs.</summary>
    public sealed record OnnxNode(
        string Name,
        string OpType,
        string Domain,
        IReadOnlyList<string> Inputs,
        IReadOnlyList<string> Outputs,
        IReadOnlyList<OnnxAttribute> Attributes)
    {
        public OnnxAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

        public float Float(string name, float fallback) => Attribute(name) is { } a ? a.F : fallback;

        public long Int(string name, long fallback) => Attribute(name) is { } a ? a.I : fallback;

        /// <summary>The node's name for messages; exporters often leave it empty.</summary>
        public string DisplayName => Name.Length > 0 ? Name : (Outputs.Count > 0 ? Outputs[0] : OpType);

        /// <summary>The optional input at <paramref name="index"/>, or null when omitted.</summary>
        public string? OptionalInput(int index) => index < Inputs.Count && Inputs[index].Length > 0 ? Inputs[index] : null;
    }
}
