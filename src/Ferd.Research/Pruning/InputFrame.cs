using System;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Pruning
{
    /// <summary>
    /// Standardized input coordinates x̂ = (x − μ) / s. Exported models fold their input
    /// normalization into the first layer; pruning that layer in raw coordinates would rank weights
    /// by the features' units. Pruning in this frame is pruning the model as it was trained.
    /// </summary>
    public sealed class InputFrame
    {
        public InputFrame(double[] mean, double[] scale)
        {
            if (mean.Length != scale.Length) throw new ArgumentException("Mean and scale need one entry per feature.", nameof(scale));
            if (scale.Any(s => !(s > 0))) throw new ArgumentException("Every scale must be positive.", nameof(scale));
            Mean = mean;
            Scale = scale;
        }

        public double[] Mean { get; }

        public double[] Scale { get; }

        /// <summary>Mean and standard deviation of each feature (a constant feature gets scale 1).</summary>
        public static InputFrame FromSamples(double[][] samples)
        {
            if (samples.Length == 0) throw new ArgumentException("At least one sample is needed.", nameof(samples));
            int n = samples[0].Length;
            var mean = new double[n];
            var scale = new double[n];
            for (int j = 0; j < n; j++)
            {
                double m = samples.Average(x => x[j]);
                double sd = Math.Sqrt(samples.Sum(x => (x[j] - m) * (x[j] - m)) / samples.Length);
                mean[j] = m;
                scale[j] = sd > 0 ? sd : 1;
            }
            return new InputFrame(mean, scale);
        }

        public double[] Standardize(ReadOnlySpan<double> x)
        {
            var result = new double[x.Length];
            for (int j = 0; j < x.Length; j++) result[j] = (x[j] - Mean[j]) / Scale[j];
            return result;
        }

        /// <summary>The same function of x̂: W̃ = W·diag(s), b̃ = b + W μ.</summary>
        public Network ToStandardized(Network network) => WithFirstLayer(network, (w, j) => w * Scale[j], +1);

        /// <summary>The same function of raw x again: W = W̃·diag(1/s), b = b̃ − W μ. Zeros stay zeros.</summary>
        public Network FromStandardized(Network network) => WithFirstLayer(network, (w, j) => w / Scale[j], -1);

        /// <summary>Maps the first layer's weights; the bias moves by <paramref name="sign"/> · W μ with W the raw-coordinate row.</summary>
        private Network WithFirstLayer(Network network, Func<double, int, double> weight, int sign)
        {
            var first = network.Layers[0];
            if (first.InputCount != Mean.Length) throw new ArgumentException($"The frame has {Mean.Length} features, the network takes {first.InputCount}.", nameof(network));
            var weights = new double[first.Weights.Length];
            var biases = new double[first.OutputCount];
            for (int k = 0; k < first.OutputCount; k++)
            {
                double shift = 0;
                for (int j = 0; j < first.InputCount; j++)
                {
                    double mapped = weight(first.Weight(k, j), j);
                    weights[k * first.InputCount + j] = mapped;
                    shift += (sign > 0 ? first.Weight(k, j) : mapped) * Mean[j];
                }
                biases[k] = first.Bias[k] + sign * shift;
            }
            var layers = network.Layers.ToArray();
            layers[0] = new DenseLayer(first.InputCount, first.OutputCount, weights, biases, first.Activation);
            return network.WithLayers(layers);
        }
    }
}
