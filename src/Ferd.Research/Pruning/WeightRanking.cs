using System;
using System.Linq;

namespace Ferd.Pruning
{
    /// <summary>Zeroes all but the highest-scoring weights; ties go to the lower index, so results are deterministic.</summary>
    internal static class WeightRanking
    {
        /// <summary>Zero every weight of <paramref name="weights"/> outside the <paramref name="keep"/> best scores.</summary>
        public static void KeepBest(Span<double> weights, ReadOnlySpan<double> scores, int keep)
        {
            if (keep >= weights.Length) return;
            double[] s = scores.ToArray();
            int[] order = Enumerable.Range(0, s.Length).OrderBy(i => s[i]).ThenByDescending(i => i).ToArray();
            for (int r = 0; r < weights.Length - keep; r++) weights[order[r]] = 0;
        }
    }
}
