namespace Ferd.Onnx
{
    /// <summary>A ModelProto: the header fields Ferd reports and the main graph.</summary>
    /// <param name="OpsetVersion">The opset of the default (ai.onnx) domain, 0 when none is imported.</param>
    public sealed record OnnxModel(
        long IrVersion,
        long OpsetVersion,
        string ProducerName,
        string ProducerVersion,
        OnnxGraph Graph);
}
