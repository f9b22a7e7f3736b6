using System;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>Flatten, Transpose and Reshape: operators that move data without arithmetic.</summary>
    internal static class ShapeOperators
    {
        public static Tensor Flatten(OnnxNode node, Tensor x)
        {
            long axis = node.Int("axis", 1);
            if (axis < 0) axis += x.Rank;
            if (axis < 0 || axis > x.Rank) throw NodeErrors.Shape(node, $"axis {node.Int("axis", 1)} is outside a rank-{x.Rank} tensor");
            int outer = x.Shape.Take((int)axis).Aggregate(1, (a, d) => a * d);
            int inner = x.Shape.Skip((int)axis).Aggregate(1, (a, d) => a * d);
            return new Tensor(new[] { outer, inner }, x.Data);
        }

        public static Tensor Transpose(OnnxNode node, Tensor x)
        {
            var attribute = node.Attribute("perm");
            int[] perm = attribute != null
                ? attribute.Ints.Select(p => (int)p).ToArray()
                : Enumerable.Range(0, x.Rank).Reverse().ToArray();
            if (perm.Length != x.Rank || perm.OrderBy(p => p).Where((p, i) => p != i).Any())
                throw NodeErrors.Shape(node, $"perm [{string.Join(", ", perm)}] is not a permutation of {x.Rank} axes");
            int[] shape = perm.Select(p => x.Shape[p]).ToArray();
            int[] sourceStrides = RowMajorStrides(x.Shape);
            var data = new float[x.Data.Length];
            var index = new int[shape.Length];
            for (int n = 0; n < data.Length; n++)
            {
                int source = 0;
                for (int axis = 0; axis < shape.Length; axis++) source += index[axis] * sourceStrides[perm[axis]];
                data[n] = x.Data[source];
                for (int axis = shape.Length - 1; axis >= 0 && ++index[axis] == shape[axis]; axis--) index[axis] = 0;
            }
            return new Tensor(shape, data);
        }

        /// <summary>Reshape with ONNX's conventions: 0 copies the input's dimension, -1 is inferred.</summary>
        public static Tensor Reshape(OnnxNode node, Tensor x, long[] requested)
        {
            bool allowZero = node.Int("allowzero", 0) != 0;
            var shape = new int[requested.Length];
            int inferred = -1;
            long known = 1;
            for (int i = 0; i < requested.Length; i++)
            {
                long d = requested[i];
                if (d == 0 && !allowZero)
                {
                    if (i >= x.Rank) throw NodeErrors.Shape(node, $"dimension {i} is 0 but the input has rank {x.Rank}");
                    d = x.Shape[i];
                }
                if (d == -1)
                {
                    if (inferred >= 0) throw NodeErrors.Shape(node, "more than one dimension is -1");
                    inferred = i;
                    continue;
                }
                if (d < 0 || d > int.MaxValue) throw NodeErrors.Shape(node, $"dimension {d} is not valid");
                shape[i] = (int)d;
                known *= d;
                if (known > int.MaxValue) throw NodeErrors.Shape(node, "the requested shape is too large");
            }
            if (inferred >= 0)
            {
                if (known == 0 || x.Data.Length % known != 0)
                    throw NodeErrors.Shape(node, $"cannot infer -1 for {x.Data.Length} values");
                shape[inferred] = (int)(x.Data.Length / known);
                known *= shape[inferred];
            }
            if (known != x.Data.Length)
                throw NodeErrors.Shape(node, $"cannot reshape {Tensor.Describe(x.Shape)} to {Tensor.Describe(shape)}");
            return new Tensor(shape, x.Data);
        }

        private static int[] RowMajorStrides(int[] shape)
        {
            var strides = new int[shape.Length];
            int stride = 1;
            for (int i = shape.Length - 1; i >= 0; i--)
            {
                strides[i] = stride;
                stride *= shape[i];
            }
            return strides;
        }
    }
}
