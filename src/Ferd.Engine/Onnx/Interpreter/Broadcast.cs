using System;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>Numpy-style multidirectional broadcasting for elementwise binary operators.</summary>
    internal static class Broadcast
    {
        /// <summary>The broadcast shape of a and b, or null when they are incompatible.</summary>
        public static int[]? Shape(int[] a, int[] b)
        {
            int rank = Math.Max(a.Length, b.Length);
            var shape = new int[rank];
            for (int i = 0; i < rank; i++)
            {
                int da = Dim(a, i - rank + a.Length), db = Dim(b, i - rank + b.Length);
                if (da != db && da != 1 && db != 1) return null;
                shape[i] = da == 1 ? db : da;
            }
            return shape;
        }

        /// <summary>Row-major strides of <paramref name="shape"/> read as <paramref name="target"/>: 0 on broadcast axes.</summary>
        public static int[] Strides(int[] shape, int[] target)
        {
            var strides = new int[target.Length];
            int stride = 1;
            for (int i = target.Length - 1; i >= 0; i--)
            {
                int d = Dim(shape, i - target.Length + shape.Length);
                strides[i] = d == 1 ? 0 : stride;
                stride *= d;
            }
            return strides;
        }

        public static Tensor Apply(Tensor a, Tensor b, Func<float, float, float> op, Func<string, Exception> mismatch)
        {
            int[] shape = Shape(a.Shape, b.Shape)
                ?? throw mismatch($"shapes {Tensor.Describe(a.Shape)} and {Tensor.Describe(b.Shape)} do not broadcast");
            int[] sa = Strides(a.Shape, shape), sb = Strides(b.Shape, shape);
            int count = 1;
            foreach (int d in shape) count *= d;
            var data = new float[count];
            var index = new int[shape.Length];
            int ia = 0, ib = 0;
            for (int n = 0; n < count; n++)
            {
                data[n] = op(a.Data[ia], b.Data[ib]);
                // Odometer step over the output index, moving both operand offsets along.
                for (int axis = shape.Length - 1; axis >= 0; axis--)
                {
                    ia += sa[axis];
                    ib += sb[axis];
                    if (++index[axis] < shape[axis]) break;
                    ia -= sa[axis] * shape[axis];
                    ib -= sb[axis] * shape[axis];
                    index[axis] = 0;
                }
            }
            return new Tensor(shape, data);
        }

        private static int Dim(int[] shape, int axis) => axis < 0 ? 1 : shape[axis];
    }
}
