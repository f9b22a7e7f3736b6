using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Partitions one layer's neurons (METHOD.md §3). Neurons are visited from the most to the
    /// least important; each joins the nearest existing representative within ε, or becomes a
    /// representative itself. Members are compared with representatives only, never with each
    /// other, so there is no chaining. Candidates come from a window around the neuron's key
    /// (a fixed projection of its point, which cannot differ by more than the L1 distance), so at
    /// ε = 0 the work is a sort plus a few comparisons per neuron.
    /// </summary>
    internal static class Refinement
    {
        public static LayerPartition Partition(SignatureSpace space, DenseLayer layer, double epsilon)
        {
            int n = space.Count;
            double maxInfluence = n == 0 ? 0 : space.Influence.Take(n).Max();
            var removed = new bool[n];
            for (int k = 0; k < n; k++) removed[k] = space.Removable(k, epsilon, maxInfluence);

            int[] alive = Enumerable.Range(0, n).Where(k => !removed[k]).ToArray();
            double[] key = ProjectionKey.Of(space);
            int[] byKey = alive.OrderBy(k => key[k]).ThenBy(k => k).ToArray();
            var position = new int[n];
            for (int i = 0; i < byKey.Length; i++) position[byKey[i]] = i;

            var representativeOf = new int[n];
            var scale = new double[n];
            var isRepresentative = new bool[n];
            foreach (int k in alive.OrderByDescending(k => space.Importance[k]).ThenBy(k => k))
            {
                double reach = space.Reach(k, epsilon);
                int best = -1;
                double bestRaw = reach, bestSign = 1;
                for (int direction = -1; direction <= 1; direction += 2)
                {
                    for (int i = position[k] + direction; i >= 0 && i < byKey.Length; i += direction)
                    {
                        int j = byKey[i];
                        if (Math.Abs(key[j] - key[k]) > bestRaw) break;
                        if (!isRepresentative[j]) continue;
                        if (space.Freedom == ScaleFreedom.Sign && Math.Abs(space.Mass[j] - space.Mass[k]) > bestRaw) continue;
                        var (raw, sign) = space.RawDistance(k, j, bestRaw);
                        if (raw < bestRaw || (raw == bestRaw && (best < 0 || j < best)))
                        {
                            best = j;
                            bestRaw = raw;
                            bestSign = sign;
                        }
                    }
                }
                if (best < 0)
                {
                    isRepresentative[k] = true;
                    representativeOf[k] = k;
                    scale[k] = 1;
                }
                else
                {
                    representativeOf[k] = best;
                    scale[k] = space.ScaleBetween(k, best, bestSign);
                }
            }

            return Number(space, layer, removed, representativeOf, scale);
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
                    constant[k] = ActivationFunctions.Apply(layer.Activation, space.Signature(k)[bias], layer.Alpha);
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
                offset[k] = ScaleFreedoms.Offset(layer.Activation, scale[k]);
            }
            return new LayerPartition(block, scale, offset, constant, representatives.ToArray());
        }
    }
}
