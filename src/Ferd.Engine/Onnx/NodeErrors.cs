using Ferd.Onnx.Import;

namespace Ferd.Onnx
{
    /// <summary>One-line messages that name the node and its operator.</summary>
    internal static class NodeErrors
    {
        public static ModelException Unsupported(OnnxNode node) =>
            new ModelException(ModelErrorKind.UnsupportedOperator,
                $"unsupported operator '{Qualified(node)}' in node '{node.DisplayName}'; Ferd compiles feed-forward networks of {string.Join(", ", ImportOperators.Supported)}.");

        public static ModelException Shape(OnnxNode node, string reason) =>
            new ModelException(ModelErrorKind.UnsupportedGraphShape, $"Node '{node.DisplayName}' ({node.OpType}): {reason}.");

        private static string Qualified(OnnxNode node) =>
            node.Domain is "" or "ai.onnx" ? node.OpType : node.Domain + "." + node.OpType;
    }
}
