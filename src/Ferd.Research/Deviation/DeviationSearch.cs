using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Research
{
    /// <summary>
    /// Deviations max_k |f(x)_k − f'(x)_k| found by looking, each a lower bound on the largest over
    /// the box: at given rows, at uniform random points, and by a search (corners of the box, then
    /// coordinate hill climbing). Beside the certified upper bound they show how tight it is.
    /// </summary>
    public sealed class DeviationSearch
    {
        /// <summary>Every corner up to this many features; beyond, this many random corners.</summary>
        private const int CornerFeatures = 12;

        /// <summary>A climb stops when its step has shrunk to this fraction of each feature's range.</summary>
        private const double SmallestStep = 1.0 / 4096;

        private readonly Network original;
        private readonly Network compressed;

        public DeviationSearch(Network original, Network compressed)
        {
            if (original.InputCount != compressed.InputCount || original.OutputCount != compressed.OutputCount)
                throw new ArgumentException("The networks must take the same inputs and give the same outputs.", nameof(compressed));
            this.original = original;
            this.compressed = compressed;
        }

        /// <summary>The largest deviation of any output at <paramref name="x"/>.</summary>
        public double At(ReadOnlySpan<double> x)
        {
            double[] a = original.Evaluate(x), b = compressed.Evaluate(x);
            double worst = 0;
            for (int k = 0; k < a.Length; k++) worst = Math.Max(worst, Math.Abs(a[k] - b[k]));
            return worst;
        }

        /// <summary>The worst of <paramref name="rows"/>.</summary>
        public DeviationFound OnRows(IEnumerable<double[]> rows)
        {
            var found = DeviationFound.None;
            foreach (var row in rows) found = found.Or(row, At(row));
            return found;
        }

        /// <summary>The worst of <paramref name="count"/> points drawn uniformly from the box.</summary>
        public DeviationFound Sampled(InputBox box, int count, Random random) =>
            OnRows(Enumerable.Range(0, count).Select(_ => Uniform(box, random)));

        /// <summary>
        /// The corners of the box, then a hill climb from each of <paramref name="seeds"/> (e.g. the
        /// worst points found so far), from the worst corner, and from <paramref name="starts"/> random points.
        /// </summary>
        public DeviationFound Searched(InputBox box, int starts, Random random, IEnumerable<double[]> seeds)
        {
            var corners = OnRows(Corners(box, random));
            var found = corners;
            foreach (var start in seeds.Append(corners.Point).Concat(Enumerable.Range(0, starts).Select(_ => Uniform(box, random))))
            {
                if (start.Length == box.Dimension) found = found.Or(Climb(box, start));
            }
            return found;
        }

        /// <summary>
        /// Coordinate ascent: try a step up and down along each feature, keep what raises the
        /// deviation, halve the steps when nothing does.
        /// </summary>
        private DeviationFound Climb(InputBox box, double[] start)
        {
            double[] x = (double[])start.Clone();
            double value = At(x);
            double[] width = Enumerable.Range(0, box.Dimension).Select(j => box.Hi[j] - box.Lo[j]).ToArray();
            for (double step = 0.25; step >= SmallestStep; step /= 2)
            {
                bool improved = true;
                while (improved)
                {
                    improved = false;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (!(width[j] > 0)) continue;
                        foreach (int direction in new[] { 1, -1 })
                        {
                            double kept = x[j];
                            x[j] = Math.Min(box.Hi[j], Math.Max(box.Lo[j], kept + direction * step * width[j]));
                            double tried = At(x);
                            if (tried > value)
                            {
                                value = tried;
                                improved = true;
                            }
                            else
                            {
                                x[j] = kept;
                            }
                        }
                    }
                }
            }
            return new DeviationFound(value, x);
        }

        private static IEnumerable<double[]> Corners(InputBox box, Random random)
        {
            int d = box.Dimension;
            if (d <= CornerFeatures)
                return Enumerable.Range(0, 1 << d).Select(mask => Enumerable.Range(0, d).Select(j => (mask >> j & 1) == 1 ? box.Hi[j] : box.Lo[j]).ToArray());
            return Enumerable.Range(0, 1 << CornerFeatures).Select(_ => Enumerable.Range(0, d).Select(j => random.Next(2) == 1 ? box.Hi[j] : box.Lo[j]).ToArray()).ToList();
        }

        private static double[] Uniform(InputBox box, Random random) =>
            Enumerable.Range(0, box.Dimension).Select(j => box.Lo[j] + random.NextDouble() * (box.Hi[j] - box.Lo[j])).ToArray();
    }
}
