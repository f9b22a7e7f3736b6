using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>Compresses a network by approximate differential equivalence (docs/METHOD.md §3–4).</summary>
    public static class AfdeCompressor
    {
        /// <summary>
        /// Lumps every hidden layer's neurons whose induced dynamics are within
        /// <paramref name="epsilon"/> (dimensionless; 0 merges only exact equivalents) and returns the
        /// quotient network. The output layer is never lumped.
        /// </summary>
        public static CompressionResult Compress(Network network, double epsilon)
        {
            var (compressed, _) = Lump(network, epsilon);
            var layers = new LayerCompression[network.Layers.Count];
            for (int l = 0; l < layers.Length; l++)
            {
                var layer = network.Layers[l];
                layers[l] = new LayerCompression(l + 1, layer.Activation, layer.InputCount, layer.OutputCount, compressed.Layers[l].OutputCount);
            }
            return new CompressionResult(network, compressed, epsilon, layers);
        }

        /// <summary>The forward refinement: one sweep, since layer ℓ's signatures depend only on layer ℓ−1's partition.</summary>
        internal static (Network Compressed, IReadOnlyList<LayerLumping> Hidden) Lump(Network network, double epsilon)
        {
            if (double.IsNaN(epsilon) || double.IsInfinity(epsilon) || epsilon < 0)
                throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be a finite number ≥ 0.");

            var previous = LayerPartition.Identity(network.InputCount);
            double[]? magnitude = null;
            double[][] influence = Signatures.Influence(network);
            var layers = new DenseLayer[network.Layers.Count];
            var hidden = new List<LayerLumping>();
            for (int l = 0; l < layers.Length; l++)
            {
                var layer = network.Layers[l];
                int width = previous.BlockCount + 1;
                double[] signatures = Signatures.Compute(layer, previous);
                bool output = l == layers.Length - 1;
                if (output)
                {
                    var identity = LayerPartition.Identity(layer.OutputCount);
                    layers[l] = Quotient.Layer(layer, signatures, width, identity, Enumerable.Repeat(1.0, layer.OutputCount).ToArray());
                    break;
                }

                // The network's inputs: as its normalizer describes them, else estimated from the weights.
                var prior = l == 0 ? network.Prior : null;
                magnitude ??= prior?.Spread ?? InputMagnitude.OfNetworkInput(signatures, width);
                var metric = InputMagnitude.Weigh(prior == null ? signatures : InputMagnitude.Centered(signatures, width, prior.Mean), width, magnitude);
                var space = new SignatureSpace(metric, width, influence[l], layer.Activation);
                var partition = Refinement.Partition(space, layer, epsilon);
                layers[l] = Quotient.Layer(layer, signatures, width, partition, space.Importance);
                magnitude = InputMagnitude.OfBlocks(layers[l], magnitude, prior?.Mean);
                hidden.Add(new LayerLumping(space, partition));
                previous = partition;
            }
            return (network.WithLayers(layers), hidden);
        }
    }
}
