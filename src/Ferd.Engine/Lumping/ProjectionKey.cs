using System;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// A scalar key per neuron, g · point with g a fixed pseudo-random vector in [−1, 1]: keys of two
    /// points differ by at most their L1 distance, so only neurons with nearby keys need comparing.
    /// With c = ±1 allowed the key is |g · s|, the same for s and −s.
    /// </summary>
    internal static class ProjectionKey
    {
        public static double[] Of(SignatureSpace space)
        {
            double[] direction = Direction(space.Width);
            var keys = new double[space.Count];
            for (int k = 0; k < keys.Length; k++)
            {
                var point = space.Point(k);
                double dot = 0;
                for (int i = 0; i < point.Length; i++) dot += direction[i] * point[i];
                keys[k] = space.Freedom == ScaleFreedom.Sign ? Math.Abs(dot) : dot;
            }
            return keys;
        }

        /// <summary>SplitMix64 from a fixed seed: the same direction on every machine and run.</summary>
        private static double[] Direction(int width)
        {
            var direction = new double[width];
            ulong state = 0x9E3779B97F4A7C15UL;
            for (int i = 0; i < width; i++)
            {
                state += 0x9E3779B97F4A7C15UL;
                ulong z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                direction[i] = (z >> 11) * (2.0 / (1UL << 53)) - 1.0;
            }
            return direction;
        }
    }
}
