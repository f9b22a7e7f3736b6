using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Partitions one layer's neurons (docs/METHOD.md §3). Neurons are visited from the most to the
    /// least important; each joins the nearest existing representative within ε, or becomes a
    /// representative itself. Members are compared with representatives only, never with each
    /// other, so there is no chaining. Candidates are the representatives whose key (a fixed
    /// projection of the point, which cannot differ by more than the L1 distance) lies within the
    /// neuron's reach, so at ε = 0 the work is a few comparisons per neuron on top of the signatures.
    /// </summary>
    internal static class Refinement
    {
        public static LayerPartition Partition(SignatureSpace space, DenseLayer layer, double epsilon)
        {
            int n = space.Count;
            double maxInfluence = n == 0 ? 0 : space.Influence.Take(n).Max();
            var removed = new bool[n];
            for (int k = 0; k < n; k++) removed[k] = space.Removable(k, epsilon, maxInfluence);

            double[] key = ProjectionKey.Of(space);
            var index = new RepresentativeIndex();
            var representativeOf = new int[n];
            var scale = new double[n];
            var byImportance = Enumerable.Range(0, n).Where(k => !removed[k]).OrderByDescending(k => space.Importance[k]).ThenBy(k => k);
            foreach (int k in byImportance)
            {
                var (best, sign) = Nearest(space, index, k, key[k], space.Reach(k, epsilon));
                if (best < 0)
                {
                    index.Add(key[k], k);
                    representativeOf[k] = k;
                    scale[k] = 1;
                }
                else
                {
                    representativeOf[k] = best;
                    scale[k] = space.ScaleBetween(k, best, sign);
                }
            }

            return Number(space, layer, removed, representativeOf, scale);
        }

        /// <summary>The representative nearest to k within reach (ties to the lower index), or −1.</summary>
        private static (int Representative, double Sign) Nearest(SignatureSpace space, RepresentativeIndex index, int k, double key, double reach)
        {
            int best = -1;
            double bestRaw = reach, bestSign = 1;
            foreach (var side in new[] { index.Below(key, reach), index.Above(key, reach) })
            {
                foreach (var (candidateKey, j) in side)
                {
                    // Keys differ by at most the distance, so farther keys cannot beat the best so far.
                    if (Math.Abs(candidateKey - key) > bestRaw) break;
                    if (space.Freedom != ScaleFreedom.Positive && Math.Abs(space.Mass[j] - space.Mass[k]) > bestRaw) continue;
                    var (raw, sign) = space.RawDistance(k, j, bestRaw);
                    if (raw < bestRaw || (raw == bestRaw && (best < 0 || j < best)))
                    {
                        best = j;
                        bestRaw = raw;
                        bestSign = sign;
                    }
                }
            }
            return (best, bestSign);
        }

        /// <summary>Blocks numbered in order of their first member, so an incompressible layer keeps its order.</summary>
        private static LayerPartition Number(SignatureSpace space, DenseLayer layer, bool[] removed, int[] representativeOf, double[] scale)
        {
            int n = removed.Length;
            var block = new int[n];
            var offset = new double[n];
            var constant = new double[n];
            var blockOfRepresentative = new Dictionary<int, int>();
            var representatives = new List<int>();
            int bias = space.Width - 1;
            for (int k = 0; k < n; k++)
            {
                if (removed[k])
                {
                    block[k] = -1;
                    scale[k] = 0;
                    constant[k] = layer.Activation.Apply(space.Signature(k)[bias]);
                    continue;
                }
                int representative = representativeOf[k];
                if (!blockOfRepresentative.TryGetValue(representative, out int b))
                {
                    b = representatives.Count;
                    blockOfRepresentative.Add(representative, b);
                    representatives.Add(representative);
                }
                block[k] = b;
                offset[k] = layer.Activation.Offset(scale[k]);
            }
            return new LayerPartition(block, scale, offset, constant, representatives.ToArray());
        }
    }
}
