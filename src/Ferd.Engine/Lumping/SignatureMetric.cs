using System;
using MathNet.Numerics.LinearAlgebra;

namespace Ferd.Lumping
{
    /// <summary>
    /// The size a layer's calibration inputs give to a signature s = (r, b): ‖s‖²_M = sᵀ M s with
    /// M = E[(u, 1)(u, 1)ᵀ] the second moment of the layer input u over the calibration data, so
    /// ‖s_k − c s_j‖_M is the RMS of z_k − c z_j on that data. Computed by whitening once
    /// (M = V Λ Vᵀ, t = Λ^½ Vᵀ s), after which every distance is Euclidean.
    /// </summary>
    internal sealed class SignatureMetric
    {
        private readonly double[,] transform;

        private SignatureMetric(double[,] transform)
        {
            this.transform = transform;
        }

        public int Width => transform.GetLength(1);

        /// <summary>The metric of inputs <paramref name="inputs"/> (rows of layer inputs u), augmented by the constant 1.</summary>
        public static SignatureMetric FromInputs(double[][] inputs, int width)
        {
            int n = width + 1;
            var moments = Matrix<double>.Build.Dense(n, n);
            var u = new double[n];
            foreach (var row in inputs)
            {
                Array.Copy(row, u, width);
                u[width] = 1;
                for (int i = 0; i < n; i++)
                {
                    if (u[i] == 0) continue;
                    for (int j = i; j < n; j++) moments[i, j] += u[i] * u[j];
                }
            }
            for (int i = 0; i < n; i++)
            {
                for (int j = i; j < n; j++)
                {
                    moments[i, j] /= inputs.Length;
                    moments[j, i] = moments[i, j];
                }
            }
            var evd = moments.Evd(Symmetricity.Symmetric);
            var transform = new double[n, n];
            for (int e = 0; e < n; e++)
            {
                double root = Math.Sqrt(Math.Max(evd.EigenValues[e].Real, 0));
                for (int i = 0; i < n; i++) transform[e, i] = root * evd.EigenVectors[i, e];
            }
            return new SignatureMetric(transform);
        }

        /// <summary>Whitened coordinates t = Λ^½ Vᵀ s, in which ‖t‖ = ‖s‖_M.</summary>
        public double[] Whiten(ReadOnlySpan<double> signature)
        {
            int n = transform.GetLength(0);
            var t = new double[n];
            for (int e = 0; e < n; e++)
            {
                double sum = 0;
                for (int i = 0; i < n; i++) sum += transform[e, i] * signature[i];
                t[e] = sum;
            }
            return t;
        }
    }
}
