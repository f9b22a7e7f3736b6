using System;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// The affine map y = A u + c from the last layer boundary u (n values) to the value being
    /// followed along the chain (m values). Normalization, dense layers and de-normalization all
    /// compose into it exactly, in double, until an activation turns it into a dense layer.
    /// </summary>
    internal sealed class AffineMap
    {
        private AffineMap(int inputs, int outputs, double[] matrix, double[] offset, bool isIdentity)
        {
            Inputs = inputs;
            Outputs = outputs;
            Matrix = matrix;
            Offset = offset;
            IsIdentity = isIdentity;
        }

        public int Inputs { get; }

        public int Outputs { get; }

        /// <summary>Row-major Outputs × Inputs.</summary>
        public double[] Matrix { get; }

        public double[] Offset { get; }

        /// <summary>True while nothing has been composed in since the last layer boundary.</summary>
        public bool IsIdentity { get; }

        public static AffineMap Identity(int size)
        {
            var matrix = new double[size * size];
            for (int i = 0; i < size; i++) matrix[i * size + i] = 1;
            return new AffineMap(size, size, matrix, new double[size], true);
        }

        /// <summary>y ↦ y + k, per feature.</summary>
        public AffineMap Shift(ReadOnlySpan<double> k)
        {
            var offset = (double[])Offset.Clone();
            for (int j = 0; j < Outputs; j++) offset[j] += k[j];
            return new AffineMap(Inputs, Outputs, Matrix, offset, false);
        }

        /// <summary>y ↦ diag(k) y, per feature.</summary>
        public AffineMap Scale(ReadOnlySpan<double> k)
        {
            var matrix = (double[])Matrix.Clone();
            var offset = (double[])Offset.Clone();
            for (int j = 0; j < Outputs; j++)
            {
                for (int i = 0; i < Inputs; i++) matrix[j * Inputs + i] *= k[j];
                offset[j] *= k[j];
            }
            return new AffineMap(Inputs, Outputs, matrix, offset, false);
        }

        /// <summary>y ↦ W y + b with W row-major (b.Length) × Outputs.</summary>
        public AffineMap Then(double[] weights, double[] bias)
        {
            int rows = bias.Length;
            var matrix = new double[rows * Inputs];
            var offset = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                double shift = bias[r];
                for (int j = 0; j < Outputs; j++)
                {
                    double w = weights[r * Outputs + j];
                    if (w == 0) continue;
                    shift += w * Offset[j];
                    for (int i = 0; i < Inputs; i++) matrix[r * Inputs + i] += w * Matrix[j * Inputs + i];
                }
                offset[r] = shift;
            }
            return new AffineMap(Inputs, rows, matrix, offset, false);
        }

        public bool IsFinite()
        {
            foreach (double v in Matrix) if (double.IsNaN(v) || double.IsInfinity(v)) return false;
            foreach (double v in Offset) if (double.IsNaN(v) || double.IsInfinity(v)) return false;
            return true;
        }
    }
}
