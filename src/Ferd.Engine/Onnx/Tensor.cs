using System;
using System.Globalization;
using System.Linq;

namespace Ferd.Onnx
{
    /// <summary>A float32 value of the reference interpreter: a shape and its row-major data.</summary>
    public sealed class Tensor
    {
        public Tensor(int[] shape, float[] data)
        {
            long count = 1;
            foreach (int d in shape)
            {
                if (d < 0) throw new ArgumentException("Dimensions cannot be negative.", nameof(shape));
                count *= d;
            }
            if (count != data.Length)
                throw new ArgumentException($"Shape {Describe(shape)} holds {count} values, data has {data.Length}.", nameof(data));
            Shape = shape;
            Data = data;
        }

        /// <summary>Treat as read-only.</summary>
        public int[] Shape { get; }

        /// <summary>Row-major values. Treat as read-only.</summary>
        public float[] Data { get; }

        public int Rank => Shape.Length;

        public static string Describe(int[] shape) =>
            "[" + string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]";

        public override string ToString() => "Tensor" + Describe(Shape);
    }
}
