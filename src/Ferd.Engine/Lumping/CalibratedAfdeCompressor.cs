using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// AFDE with the induced-dynamics distance measured on calibration data. The lumping rule is
    /// docs/METHOD.md §3–4's: signatures in the coordinates of the already-lumped previous layer, the
    /// allowed scales per activation, influence weighting, representatives without chaining, the
    /// quotient by influence-weighted means. Only the norm differs: ‖s_k − c s_rep‖ is taken in the
    /// second moment of the layer's (lumped) inputs on the data, i.e. it is the RMS difference of the
    /// two neurons' pre-activations there, relative to the layer's mean RMS pre-activation. Weights on
    /// features of large units, and differences in directions the data never visits, then count as
    /// much as they matter; a neuron that barely varies on the data folds into the next bias at its
    /// mean value. ε = 0 still merges only neurons equivalent on the data, up to a 1e-6 relative floor.
    /// </summary>
    public static class CalibratedAfdeCompressor
    {
        private const double Floor = 1e-6;

        public static CompressionResult Compress(Network network, double epsilon, double[][] calibration)
        {
            if (!(epsilon >= 0) || double.IsInfinity(epsilon)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be a finite non-negative number.");
            if (calibration.Length == 0) throw new ArgumentException("Calibrated lumping needs at least one calibration input.", nameof(calibration));
            if (calibration.Any(x => x.Length != network.InputCount)) throw new ArgumentException($"Every calibration input needs {network.InputCount} values.", nameof(calibration));

            var layers = new List<DenseLayer>();
            var report = new List<LayerCompression>();
            var links = Enumerable.Range(0, network.InputCount).Select(m => new Member(m, 1, 0)).ToArray();
            double[][] inputs = calibration;
            for (int l = 0; l < network.Layers.Count; l++)
            {
                var layer = network.Layers[l];
                int width = inputs[0].Length;
                double[][] signatures = Enumerable.Range(0, layer.OutputCount).Select(k => Signature(layer, k, links, width)).ToArray();
                if (l == network.Layers.Count - 1)
                {
                    layers.Add(Layer(signatures, width, layer));
                    report.Add(new LayerCompression(l + 1, layer.Activation, layer.InputCount, layer.OutputCount, layer.OutputCount));
                    break;
                }
                var lumped = Lump(layer, network.Layers[l + 1], signatures, inputs, epsilon);
                layers.Add(lumped.Layer);
                report.Add(new LayerCompression(l + 1, layer.Activation, layer.InputCount, layer.OutputCount, lumped.Layer.OutputCount));
                links = lumped.Links;
                inputs = inputs.Select(u =>
                {
                    var a = new double[lumped.Layer.OutputCount];
                    lumped.Layer.Evaluate(u, a);
                    return a;
                }).ToArray();
            }
            return new CompressionResult(network, network.WithLayers(layers), epsilon, report);
        }

        /// <summary>How an original neuron is carried by the lumped layer: a_k = Scale · a'_Block + Offset (Block −1: a_k = Offset).</summary>
        private readonly struct Member
        {
            public Member(int block, double scale, double offset)
            {
                Block = block;
                Scale = scale;
                Offset = offset;
            }

            public int Block { get; }

            public double Scale { get; }

            public double Offset { get; }
        }

        /// <summary>s_k = (r_k, b_k) over the lumped previous layer: r_k[H] = Σ_{m∈H} λ_m W_km, constants moved into b_k.</summary>
        private static double[] Signature(DenseLayer layer, int k, Member[] links, int width)
        {
            var s = new double[width + 1];
            double bias = layer.Bias[k];
            for (int m = 0; m < links.Length; m++)
            {
                double w = layer.Weight(k, m);
                if (links[m].Block >= 0) s[links[m].Block] += w * links[m].Scale;
                bias += w * links[m].Offset;
            }
            s[width] = bias;
            return s;
        }

        private static (DenseLayer Layer, Member[] Links) Lump(DenseLayer layer, DenseLayer next, double[][] signatures, double[][] inputs, double epsilon)
        {
            int n = layer.OutputCount, width = inputs[0].Length;
            var metric = SignatureMetric.FromInputs(inputs, width);
            double[][] whitened = signatures.Select(s => metric.Whiten(s)).ToArray();
            double[][] varying = signatures.Select(s => metric.Whiten(s.Take(width).Append(0.0).ToArray())).ToArray();
            double[] influence = Enumerable.Range(0, n).Select(k => Enumerable.Range(0, next.OutputCount).Sum(i => Math.Abs(next.Weight(i, k)))).ToArray();
            double meanInfluence = influence.Average();
            double[] weight = influence.Select(v => meanInfluence > 0 ? v / meanInfluence : 1).ToArray();
            double scale = whitened.Average(Norm);
            if (!(scale > 0)) scale = 1;

            var links = new Member[n];
            var representatives = new List<int>();
            var blocks = new List<List<(int Neuron, double C)>>();
            foreach (int k in Enumerable.Range(0, n).OrderByDescending(k => weight[k] * Norm(whitened[k])).ThenBy(k => k))
            {
                if (weight[k] * Norm(varying[k]) / scale <= Math.Max(epsilon / 2, Floor * Floor))
                {
                    links[k] = new Member(-1, 0, MeanActivation(layer, signatures[k], inputs));
                    continue;
                }
                int best = -1;
                double bestDistance = double.PositiveInfinity, bestC = 1;
                for (int r = 0; r < representatives.Count; r++)
                {
                    foreach (double c in Scales(layer.Activation, whitened[k], whitened[representatives[r]]))
                    {
                        double d = weight[k] * Distance(whitened[k], whitened[representatives[r]], c) / scale;
                        if (d < bestDistance)
                        {
                            bestDistance = d;
                            best = r;
                            bestC = c;
                        }
                    }
                }
                if (best >= 0 && bestDistance <= Math.Max(epsilon, Floor))
                {
                    blocks[best].Add((k, bestC));
                }
                else
                {
                    representatives.Add(k);
                    blocks.Add(new List<(int, double)> { (k, 1) });
                }
            }

            var rows = new double[blocks.Count][];
            for (int b = 0; b < blocks.Count; b++)
            {
                var mean = new double[width + 1];
                double total = 0;
                foreach (var (k, c) in blocks[b])
                {
                    double w = weight[k] + 1e-12;
                    for (int i = 0; i <= width; i++) mean[i] += w * signatures[k][i] / c;
                    total += w;
                    links[k] = new Member(b, c, layer.Activation.Offset(c));
                }
                rows[b] = mean.Select(v => v / total).ToArray();
            }
            return (Layer(rows, width, layer), links);
        }

        private static DenseLayer Layer(double[][] signatures, int width, DenseLayer like) =>
            new DenseLayer(width, signatures.Length, signatures.SelectMany(s => s.Take(width)).ToArray(), signatures.Select(s => s[width]).ToArray(), like.Activation);

        /// <summary>The allowed c of docs/METHOD.md §3: ±1 for tanh and sigmoid, the least-squares c for the scalable activations, 1 for the rest.</summary>
        private static IEnumerable<double> Scales(Activation activation, double[] s, double[] representative)
        {
            if (activation.Scales.FixedScales() is { } scales) return scales;
            double dot = 0, norm = 0;
            for (int i = 0; i < s.Length; i++)
            {
                dot += s[i] * representative[i];
                norm += representative[i] * representative[i];
            }
            double c = norm > 0 ? dot / norm : 0;
            return c > 0 && !double.IsInfinity(c) ? new[] { c } : Array.Empty<double>();
        }

        private static double Distance(double[] a, double[] b, double c)
        {
            double sum = 0;
            for (int i = 0; i < a.Length; i++)
            {
                double d = a[i] - c * b[i];
                sum += d * d;
            }
            return Math.Sqrt(sum);
        }

        private static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));

        private static double MeanActivation(DenseLayer layer, double[] signature, double[][] inputs)
        {
            int width = inputs[0].Length;
            double sum = 0;
            foreach (var u in inputs)
            {
                double z = signature[width];
                for (int i = 0; i < width; i++) z += signature[i] * u[i];
                sum += layer.Activation.Apply(z);
            }
            return sum / inputs.Length;
        }
    }
}
