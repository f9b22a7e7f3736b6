using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx
{
    /// <summary>
    /// A TensorProto as read: float32 or int64 values (the only element types the reader accepts),
    /// row-major, with a shape whose element count matches the data.
    /// </summary>
    public sealed class OnnxTensor
    {
        public OnnxTensor(string name, OnnxDataType dataType, int[] shape, float[]? floats, long[]? int64s)
        {
            Name = name;
            DataType = dataType;
            Shape = shape;
            Floats = floats;
            Int64s = int64s;
        }

        public string Name { get; }

        public OnnxDataType DataType { get; }

        public IReadOnlyList<int> Shape { get; }

        /// <summary>The values when <see cref="DataType"/> is Float, else null.</summary>
        public float[]? Floats { get; }

        /// <summary>The values when <see cref="DataType"/> is Int64, else null.</summary>
        public long[]? Int64s { get; }

        /// <summary>The tensor as math operand; only float tensors feed the math.</summary>
        public Tensor ToTensor()
        {
            if (Floats == null)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Tensor '{Name}' has element type {DataType}; Ferd computes with float32 tensors only.");
            return new Tensor(Shape.ToArray(), Floats);
        }
    }
}
