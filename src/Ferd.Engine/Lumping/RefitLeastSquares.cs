using System;
using MathNet.Numerics.LinearAlgebra;

namespace Ferd.Lumping
{
    /// <summary>Ridge least squares for one layer: min ‖A w + b − t‖² + λ‖w‖², bias unpenalized, all targets at once.</summary>
    internal static class RefitLeastSquares
    {
        /// <summary>
        /// Solves for the weights (row-major, targets × inputs) and biases mapping the rows of
        /// <paramref name="inputs"/> to the rows of <paramref name="targets"/>. The unpenalized bias
        /// takes up the means, so the weights solve the normal equations of the centred columns,
        /// (AcᵀAc + λI) w = Acᵀ tc, by Cholesky: the ridge bounds their conditioning, and they cost a
        /// fraction of a QR of A. Should they still not be positive definite (a ridge too small for
        /// collinear columns), QR on A augmented with √λ·I rows solves the same problem.
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
            double ridge = relativeRidge * meanSquare * n;

            double[] inputMean = ColumnMeans(inputs), targetMean = ColumnMeans(targets);
            var gram = new double[width, width];
            var cross = new double[width, outputs];
            var u = new double[width];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < width; j++) u[j] = inputs[i][j] - inputMean[j];
                for (int j = 0; j < width; j++)
                {
                    for (int m = 0; m <= j; m++) gram[j, m] += u[j] * u[m];
                    for (int k = 0; k < outputs; k++) cross[j, k] += u[j] * (targets[i][k] - targetMean[k]);
                }
            }
            for (int j = 0; j < width; j++)
            {
                for (int m = 0; m < j; m++) gram[m, j] = gram[j, m];
                gram[j, j] += ridge;
            }

            Matrix<double> centred;
            try
            {
                centred = Matrix<double>.Build.DenseOfArray(gram).Cholesky().Solve(Matrix<double>.Build.DenseOfArray(cross));
            }
            catch (ArgumentException)
            {
                return Unpacked(Augmented(inputs, targets, Math.Sqrt(ridge)), width, outputs);
            }
            // The bias row: what the weights leave of the targets' means.
            var solution = centred.Stack(Matrix<double>.Build.Dense(1, outputs));
            for (int k = 0; k < outputs; k++)
            {
                double b = targetMean[k];
                for (int j = 0; j < width; j++) b -= centred[j, k] * inputMean[j];
                solution[width, k] = b;
            }
            return Unpacked(solution, width, outputs);
        }

        /// <summary>The same problem by QR on the system augmented with √λ·I rows, which never forms AᵀA.</summary>
        private static Matrix<double> Augmented(double[][] inputs, double[][] targets, double root)
        {
            int n = inputs.Length, width = inputs[0].Length, outputs = targets[0].Length;
            var a = Matrix<double>.Build.Dense(n + width, width + 1);
            var t = Matrix<double>.Build.Dense(n + width, outputs);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < width; j++) a[i, j] = inputs[i][j];
                a[i, width] = 1;
                for (int k = 0; k < outputs; k++) t[i, k] = targets[i][k];
            }
            for (int j = 0; j < width; j++) a[n + j, j] = root;

            return a.QR().Solve(t);
        }

        /// <summary>Weights (row-major, targets × inputs) and biases from a solution with a row per input and the bias row last.</summary>
        private static (double[] Weights, double[] Bias) Unpacked(Matrix<double> solution, int width, int outputs)
        {
            var weights = new double[outputs * width];
            var bias = new double[outputs];
            for (int k = 0; k < outputs; k++)
            {
                for (int j = 0; j < width; j++) weights[k * width + j] = solution[j, k];
                bias[k] = solution[width, k];
            }
            return (weights, bias);
        }

        private static double[] ColumnMeans(double[][] rows)
        {
            var mean = new double[rows[0].Length];
            foreach (var row in rows)
            {
                for (int j = 0; j < mean.Length; j++) mean[j] += row[j];
            }
            for (int j = 0; j < mean.Length; j++) mean[j] /= rows.Length;
            return mean;
        }
    }
}
