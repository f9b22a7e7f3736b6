using System;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>Gemm and MatMul, accumulating in double so the oracle's own rounding stays negligible.</summary>
    internal static class LinearOperators
    {
        /// <summary>Y = alpha · op(A) · op(B) + beta · C, with C broadcast to [M, N].</summary>
        public static Tensor Gemm(OnnxNode node, Tensor a, Tensor b, Tensor? c)
        {
            if (a.Rank != 2 || b.Rank != 2)
                throw NodeErrors.Shape(node, $"Gemm needs 2-D operands, got {Tensor.Describe(a.Shape)} and {Tensor.Describe(b.Shape)}");
            bool transA = node.Int("transA", 0) != 0, transB = node.Int("transB", 0) != 0;
            float alpha = node.Float("alpha", 1f), beta = node.Float("beta", 1f);
            int m = transA ? a.Shape[1] : a.Shape[0], k = transA ? a.Shape[0] : a.Shape[1];
            int kb = transB ? b.Shape[1] : b.Shape[0], n = transB ? b.Shape[0] : b.Shape[1];
            if (k != kb)
                throw NodeErrors.Shape(node, $"inner dimensions differ: A gives {k}, B takes {kb}");
            var shape = new[] { m, n };
            int[]? cStrides = null;
            if (c != null)
            {
                var broadcast = Broadcast.Shape(c.Shape, shape);
                if (broadcast == null || !broadcast.SequenceEqual(shape))
                    throw NodeErrors.Shape(node, $"C of shape {Tensor.Describe(c.Shape)} does not broadcast to {Tensor.Describe(shape)}");
                cStrides = Broadcast.Strides(c.Shape, shape);
            }
            var y = new float[m * n];
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double sum = 0;
                    for (int p = 0; p < k; p++)
                    {
                        float ai = transA ? a.Data[p * m + i] : a.Data[i * k + p];
                        float bj = transB ? b.Data[j * k + p] : b.Data[p * n + j];
                        sum += (double)ai * bj;
                    }
                    double value = alpha * sum;
                    if (c != null) value += beta * (double)c.Data[i * cStrides![0] + j * cStrides[1]];
                    y[i * n + j] = (float)value;
                }
            }
            return new Tensor(shape, y);
        }

        /// <summary>Numpy matmul: 1-D operands gain and then lose an axis, leading axes broadcast.</summary>
        public static Tensor MatMul(OnnxNode node, Tensor a, Tensor b)
        {
            if (a.Rank == 0 || b.Rank == 0) throw NodeErrors.Shape(node, "MatMul does not take scalars");
            int[] sa = a.Rank == 1 ? new[] { 1, a.Shape[0] } : a.Shape;
            int[] sb = b.Rank == 1 ? new[] { b.Shape[0], 1 } : b.Shape;
            int m = sa[sa.Length - 2], k = sa[sa.Length - 1], n = sb[sb.Length - 1];
            if (sb[sb.Length - 2] != k)
                throw NodeErrors.Shape(node, $"inner dimensions differ: {Tensor.Describe(a.Shape)} times {Tensor.Describe(b.Shape)}");
            int[] batchA = sa.Take(sa.Length - 2).ToArray(), batchB = sb.Take(sb.Length - 2).ToArray();
            int[] batch = Broadcast.Shape(batchA, batchB)
                ?? throw NodeErrors.Shape(node, $"batch dimensions of {Tensor.Describe(a.Shape)} and {Tensor.Describe(b.Shape)} do not broadcast");
            int[] strideA = Broadcast.Strides(batchA, batch), strideB = Broadcast.Strides(batchB, batch);
            int batches = batch.Aggregate(1, (x, d) => x * d);
            var y = new float[batches * m * n];
            var index = new int[batch.Length];
            for (int t = 0; t < batches; t++)
            {
                int offsetA = 0, offsetB = 0;
                for (int axis = 0; axis < batch.Length; axis++)
                {
                    offsetA += index[axis] * strideA[axis];
                    offsetB += index[axis] * strideB[axis];
                }
                MultiplyBlock(a.Data, offsetA * m * k, b.Data, offsetB * k * n, y.AsSpan(t * m * n, m * n), m, k, n);
                for (int axis = batch.Length - 1; axis >= 0 && ++index[axis] == batch[axis]; axis--) index[axis] = 0;
            }
            var shape = batch.ToList();
            if (a.Rank > 1) shape.Add(m);
            if (b.Rank > 1) shape.Add(n);
            return new Tensor(shape.ToArray(), y);
        }

        private static void MultiplyBlock(float[] a, int offsetA, float[] b, int offsetB, Span<float> y, int m, int k, int n)
        {
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double sum = 0;
                    for (int p = 0; p < k; p++) sum += (double)a[offsetA + i * k + p] * b[offsetB + p * n + j];
                    y[i * n + j] = (float)sum;
                }
            }
        }
    }
}
