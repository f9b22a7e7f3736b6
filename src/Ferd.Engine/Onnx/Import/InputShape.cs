namespace Ferd.Onnx.Import
{
    /// <summary>The feature count of a graph input shaped [batch, features] or [batch, d1, d2, …] (flattened in the graph).</summary>
    internal static class InputShape
    {
        public static int Features(OnnxValueInfo input)
        {
            if (input.ElementType != OnnxDataType.Float)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has element type {input.ElementType}; Ferd compiles float32 networks only.");
            var shape = input.Shape;
            if (shape == null || shape.Count < 2)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has shape [{(shape == null ? "unknown" : string.Join(", ", shape))}]; Ferd expects [batch, features].");
            if (shape[0].Value is long b && b != 1)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has a fixed batch dimension of {b}; export it with a dynamic batch axis.");
            long features = 1;
            for (int d = 1; d < shape.Count; d++)
            {
                if (shape[d].Value is not long f || f <= 0 || f > int.MaxValue)
                    throw new ModelException(ModelErrorKind.UnsupportedTensor,
                        $"Graph input '{input.Name}' has dynamic or empty feature dimension '{shape[d]}'; only the batch dimension may be dynamic.");
                features *= f;
                if (features > int.MaxValue)
                    throw new ModelException(ModelErrorKind.TooLarge, $"Graph input '{input.Name}' holds more than {int.MaxValue} features.");
            }
            return (int)features;
        }
    }
}
