using System;
using MathNet.Numerics.LinearAlgebra;

namespace Ferd.Lumping
{
    /// <summary>Ridge least squares for one layer: min ‖A w + b − t‖² + λ‖w‖², bias unpenalized, all targets at once.</summary>
    internal static class RefitLeastSquares
    {
        /// <summary>
        /// Solves for the weights (row-major, targets × inputs) and biases mapping the rows of
        /// <paramref name="inputs"/> to the rows of <paramref name="targets"/>. QR on the system
        /// augmented with √λ·I rows, which never forms AᵀA and so keeps the conditioning of A.
        /// </summary>
        public static (double[] Weights, double[] Bias) Solve(double[][] inputs, double[][] targets, double relativeRidge)
        {
            int n = inputs.Length, width = inputs[0].Length, outputs = targets[0].Length;
            double meanSquare = 0;
            foreach (var row in inputs)
            {
                foreach (double v in row) meanSquare += v * v;
            }
            meanSquare = Math.Max(meanSquare / Math.Max(1, n * width), 1e-300);
            double root = Math.Sqrt(relativeRidge * meanSquare * n);

            var a = Matrix<double>.Build.Dense(n + width, width + 1);
            var t = Matrix<double>.Build.Dense(n + width, outputs);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < width; j++) a[i, j] = inputs[i][j];
                a[i, width] = 1;
                for (int k = 0; k < outputs; k++) t[i, k] = targets[i][k];
            }
            for (int j = 0; j < width; j++) a[n + j, j] = root;

            var solution = a.QR().Solve(t);
            var weights = new double[outputs * width];
            var bias = new double[outputs];
            for (int k = 0; k < outputs; k++)
            {
                for (int j = 0; j < width; j++) weights[k * width + j] = solution[j, k];
                bias[k] = solution[width, k];
            }
            return (weights, bias);
        }
    }
}
