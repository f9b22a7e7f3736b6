using System.Collections.Generic;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>Which scales c may relate two neurons with signatures s = c·s' (docs/METHOD.md §3).</summary>
    public enum ScaleFreedom
    {
        /// <summary>Any c &gt; 0: σ(c z) = c σ(z) (ReLU, LeakyReLU, identity).</summary>
        Positive,

        /// <summary>c = ±1: σ(−z) = s − σ(z) for a constant s (tanh, sigmoid), the s moving into the next bias.</summary>
        Sign,

        /// <summary>c = 1 only: σ has no symmetry to use, so only equal signatures merge.</summary>
        Unit,
    }

    public static class ScaleFreedoms
    {
        private static readonly double[] Signs = { 1.0, -1.0 };
        private static readonly double[] One = { 1.0 };

        /// <summary>The only scales allowed, or null where any c &gt; 0 is and the caller fits one.</summary>
        public static IReadOnlyList<double>? FixedScales(this ScaleFreedom freedom) =>
            freedom == ScaleFreedom.Sign ? Signs : freedom == ScaleFreedom.Unit ? One : null;

        public static bool Allows(this ScaleFreedom freedom, double c) =>
            freedom.FixedScales() is { } scales ? scales.Contains(c) : c > 0;
    }
}
