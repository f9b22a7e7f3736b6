using System;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Typical magnitudes of a layer's inputs, used to weigh signature columns so that a weight
    /// counts by the size of the term it multiplies. Without data they are estimates:
    /// network inputs are taken at the scale where their weights are as large as the biases
    /// (which undoes input normalization folded into the first layer, and makes the distance
    /// independent of the inputs' units); tanh and sigmoid outputs are of unit size; a ReLU-like
    /// block is as large as its pre-activation would be for unit-size, independent inputs.
    /// </summary>
    internal static class InputMagnitude
    {
        public static double[] OfNetworkInput(double[] signatures, int width)
        {
            int inputs = width - 1;
            int neurons = width == 0 ? 0 : signatures.Length / width;
            var weight = new double[inputs];
            double bias = 0;
            for (int k = 0; k < neurons; k++)
            {
                for (int m = 0; m < inputs; m++) weight[m] += Math.Abs(signatures[k * width + m]);
                bias += Math.Abs(signatures[k * width + inputs]);
            }
            var magnitude = new double[inputs];
            for (int m = 0; m < inputs; m++)
                magnitude[m] = weight[m] == 0 ? 1 : (bias > 0 ? bias : neurons) / weight[m];
            return magnitude;
        }

        /// <summary>
        /// The typical size of each block's output; with <paramref name="inputMean"/>, of inputs that vary
        /// by <paramref name="inputMagnitude"/> around that mean (a prior), else around zero.
        /// </summary>
        public static double[] OfBlocks(DenseLayer quotient, ReadOnlySpan<double> inputMagnitude, double[]? inputMean = null)
        {
            var magnitude = new double[quotient.OutputCount];
            for (int b = 0; b < magnitude.Length; b++)
            {
                if (quotient.Activation.Scales == ScaleFreedom.Sign)
                {
                    magnitude[b] = 1;
                    continue;
                }
                var row = quotient.Row(b);
                double centre = quotient.Bias[b];
                for (int i = 0; inputMean != null && i < row.Length; i++) centre += row[i] * inputMean[i];
                double sum = centre * centre;
                for (int i = 0; i < row.Length; i++) sum += row[i] * inputMagnitude[i] * row[i] * inputMagnitude[i];
                magnitude[b] = sum > 0 ? Math.Sqrt(sum) : 1;
            }
            return magnitude;
        }

        /// <summary>
        /// Signatures of neurons reading inputs around <paramref name="mean"/>: the bias column becomes the
        /// pre-activation at the mean, b + Σ_m w_m mean_m, so a shift the inputs always carry is not
        /// counted as a difference between neurons a second time through their weights.
        /// </summary>
        public static double[] Centered(double[] signatures, int width, ReadOnlySpan<double> mean)
        {
            var centered = (double[])signatures.Clone();
            for (int k = 0; width > 0 && k < signatures.Length / width; k++)
            {
                for (int m = 0; m < width - 1; m++) centered[k * width + width - 1] += signatures[k * width + m] * mean[m];
            }
            return centered;
        }

        /// <summary>Signatures with every input column multiplied by its magnitude; the bias column unchanged.</summary>
        public static double[] Weigh(double[] signatures, int width, ReadOnlySpan<double> magnitude)
        {
            bool unit = true;
            foreach (double m in magnitude) unit &= m == 1;
            if (unit) return signatures;
            var weighed = (double[])signatures.Clone();
            for (int k = 0; width > 0 && k < signatures.Length / width; k++)
                for (int m = 0; m < width - 1; m++) weighed[k * width + m] *= magnitude[m];
            return weighed;
        }
    }
}
