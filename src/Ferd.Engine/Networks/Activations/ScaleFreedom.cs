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
}
