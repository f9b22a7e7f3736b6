using System;
using System.Diagnostics;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Research
{
    /// <summary>
    /// Measures a compressed network against its original over the box of some data rows: what
    /// sampling and search find, and what <see cref="DeviationBound"/> certifies (docs/RESULTS.md,
    /// "Certified deviation").
    /// </summary>
    public static class DeviationStudy
    {
        public static DeviationReport Run(Network original, Network compressed, double[][] rows, DeviationOptions? options = null)
        {
            options ??= DeviationOptions.Default;
            var box = InputBox.FromSamples(rows);
            var search = new DeviationSearch(original, compressed);
            var random = new Random(options.Seed);

            var clock = Stopwatch.StartNew();
            var onData = search.OnRows(rows);
            var sampled = search.Sampled(box, options.Samples, random);
            var searched = search.Searched(box, options.Starts, random, new[] { onData.Point, sampled.Point });
            var searchTime = clock.Elapsed;

            clock.Restart();
            double bound = DeviationBound.Max(original, compressed, box);
            var boundTime = clock.Elapsed;
            clock.Restart();
            double refined = DeviationBound.Max(original, compressed, box, options.Refinements);
            var refinedTime = clock.Elapsed;

            return new DeviationReport(compressed.ParameterCount, original.ParameterCount, onData.Value, sampled.Value, searched.Value,
                bound, refined, searchTime, boundTime, refinedTime);
        }
    }
}
