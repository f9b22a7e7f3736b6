namespace Ferd
{
    /// <summary>Why a model cannot be compiled; each kind maps to one FERD diagnostic.</summary>
    public enum ModelErrorKind
    {
        /// <summary>Not a readable ONNX protobuf: truncated, corrupt, wrong wire types, absurd lengths.</summary>
        InvalidOnnx,
        /// <summary>An operator Ferd does not compile (the message names op and node).</summary>
        UnsupportedOperator,
        /// <summary>A valid graph that is not a chain of dense layers.</summary>
        UnsupportedGraphShape,
        /// <summary>A non-float tensor, external data, or a dynamic dimension other than the batch.</summary>
        UnsupportedTensor,
        /// <summary>NaN or infinity among the weights.</summary>
        NonFiniteWeights,
        /// <summary>More parameters than sensible generated code can hold.</summary>
        TooLarge,
    }
}
