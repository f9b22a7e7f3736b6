using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Data-aware refit (docs/METHOD.md §5): given calibration inputs, re-solve a compressed network's
    /// layers by least squares so it tracks the original network's values. The output layer is fitted
    /// to the original outputs' pre-activations; with <see cref="RefitOptions.HiddenLayers"/> each
    /// hidden layer, front to back, is fitted to the pre-activations of the original neuron that
    /// its neuron stands for (found by regression, so no partition is needed), each layer seeing
    /// the already-refitted layers before it. Of the candidates (data-free, output layer only,
    /// every layer) the one with the least error on the calibration data is returned.
    /// </summary>
    public static class Refit
    {
        public static Network Fit(Network original, Network compressed, double[][] inputs, RefitOptions? options = null)
        {
            options ??= RefitOptions.Default;
            if (inputs.Length == 0) throw new ArgumentException("Refit needs at least one calibration input.", nameof(inputs));
            if (original.InputCount != compressed.InputCount || original.OutputCount != compressed.OutputCount)
                throw new ArgumentException("The compressed network must take and give as many values as the original.", nameof(compressed));
            if (original.Layers.Count != compressed.Layers.Count)
                throw new ArgumentException("The compressed network must have as many layers as the original.", nameof(compressed));

            double[][] targets = inputs.Select(x => original.Evaluate(x)).ToArray();
            double[][][] originalPre = PreActivations(original, inputs);
            var candidates = options.HiddenLayers
                ? new[] { compressed, FitOutputLayer(compressed, inputs, originalPre, options), FitEveryLayer(compressed, inputs, originalPre, options) }
                : new[] { compressed, FitOutputLayer(compressed, inputs, originalPre, options) };
            return candidates.OrderBy(n => Rmse.Of(n, inputs, targets)).First();
        }

        private static Network FitOutputLayer(Network compressed, double[][] inputs, double[][][] originalPre, RefitOptions options)
        {
            int last = compressed.Layers.Count - 1;
            double[][] features = inputs.Select(x => compressed.Trace(x)[last]).ToArray();
            var layers = compressed.Layers.ToArray();
            layers[last] = Solved(layers[last], features, originalPre[last], options);
            return compressed.WithLayers(layers);
        }

        private static Network FitEveryLayer(Network compressed, double[][] inputs, double[][][] originalPre, RefitOptions options)
        {
            var layers = compressed.Layers.ToArray();
            double[][] features = inputs.Select(x => x.ToArray()).ToArray();
            for (int l = 0; l < layers.Length; l++)
            {
                double[][] targets = l == layers.Length - 1
                    ? originalPre[l]
                    : MatchedTargets(features.Select(f => Affine(layers[l], f)).ToArray(), originalPre[l]);
                layers[l] = Solved(layers[l], features, targets, options);
                var layer = layers[l];
                features = features.Select(f =>
                {
                    var next = new double[layer.OutputCount];
                    layer.Evaluate(f, next);
                    return next;
                }).ToArray();
            }
            return compressed.WithLayers(layers);
        }

        /// <summary>
        /// For each compressed neuron j, the scaled original pre-activation c·z_k it approximates:
        /// k of highest |correlation| with z'_j, c the least-squares scale (lumping maps z_k ≈ z'_j / c).
        /// </summary>
        private static double[][] MatchedTargets(double[][] compressedPre, double[][] originalPre)
        {
            int n = compressedPre.Length, width = compressedPre[0].Length, originals = originalPre[0].Length;
            // Columns, so that each inner product runs over contiguous values.
            double[][] z = Columns(originalPre, originals), zCompressed = Columns(compressedPre, width);
            double[] zz = z.Select(column => column.Sum(v => v * v)).ToArray();
            var targets = new double[n][];
            for (int i = 0; i < n; i++) targets[i] = new double[width];
            for (int j = 0; j < width; j++)
            {
                double[] zj = zCompressed[j];
                double jj = zj.Sum(v => v * v);
                int best = -1;
                double bestFit = -1, bestScale = 0;
                for (int k = 0; jj > 0 && k < originals; k++)
                {
                    if (zz[k] <= 0) continue;
                    double[] zk = z[k];
                    double jz = 0;
                    for (int i = 0; i < n; i++) jz += zj[i] * zk[i];
                    double fit = jz * jz / (zz[k] * jj); // squared cosine of the uncentred vectors
                    if (fit > bestFit)
                    {
                        best = k;
                        bestFit = fit;
                        bestScale = jz / zz[k];
                    }
                }
                for (int i = 0; i < n; i++) targets[i][j] = best < 0 ? zj[i] : bestScale * z[best][i];
            }
            return targets;
        }

        private static double[][] Columns(double[][] rows, int count) =>
            Enumerable.Range(0, count).Select(c => rows.Select(r => r[c]).ToArray()).ToArray();

        private static DenseLayer Solved(DenseLayer layer, double[][] features, double[][] targets, RefitOptions options)
        {
            var (weights, bias) = RefitLeastSquares.Solve(features, targets, options.Ridge);
            return new DenseLayer(layer.InputCount, layer.OutputCount, weights, bias, layer.Activation);
        }

        /// <summary>Every layer's pre-activations on every input, [layer][input][neuron], from one pass per input.</summary>
        private static double[][][] PreActivations(Network network, double[][] inputs)
        {
            double[][][] traces = inputs.Select(x => network.Trace(x)).ToArray();
            return Enumerable.Range(0, network.Layers.Count).Select(l => traces.Select(t => Affine(network.Layers[l], t[l])).ToArray()).ToArray();
        }

        private static double[] Affine(DenseLayer layer, double[] input)
        {
            var z = new double[layer.OutputCount];
            for (int k = 0; k < z.Length; k++)
            {
                var row = layer.Row(k);
                double sum = layer.Bias[k];
                for (int m = 0; m < row.Length; m++) sum += row[m] * input[m];
                z[k] = sum;
            }
            return z;
        }
    }
}
