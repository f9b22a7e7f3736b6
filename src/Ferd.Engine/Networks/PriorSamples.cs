using System;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Ferd.Networks
{
    /// <summary>
    /// Rows drawn from an <see cref="InputPrior"/>, each feature N(mean, spread²) independently, row
    /// by row. The draws come from a Mersenne Twister of fixed seed, whose sequence, unlike a seeded
    /// <see cref="Random"/>'s, is specified, so the same prior gives the same rows on every runtime:
    /// the generator's output must not depend on where it runs.
    /// </summary>
    public static class PriorSamples
    {
        public static double[][] Draw(InputPrior prior, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "The number of rows must be ≥ 0.");
            var random = new MersenneTwister(Seed, threadSafe: false);
            var rows = new double[count][];
            for (int i = 0; i < count; i++)
            {
                var row = new double[prior.Count];
                for (int j = 0; j < row.Length; j++) row[j] = prior.Mean[j] + prior.Spread[j] * Normal.Sample(random, 0, 1);
                rows[i] = row;
            }
            return rows;
        }

        // Any fixed seed; this one is simply the first.
        private const int Seed = 1;
    }
}
