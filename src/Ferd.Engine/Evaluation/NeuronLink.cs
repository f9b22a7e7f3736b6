namespace Ferd.Evaluation
{
    /// <summary>
    /// How an original neuron's value a_k relates to the compressed network: its pre-activation is
    /// z_k ≈ Scale · z'_Target, so a_k = Scale · a'_Target + Offset + δ (docs/METHOD.md §3's symmetries of σ)
    /// with δ within the affine form <see cref="Delta"/>. Target −1 means unlinked: a_k = δ, its own range.
    /// </summary>
    internal readonly struct NeuronLink
    {
        public NeuronLink(int target, double scale, double offset, AffineForm delta)
        {
            Target = target;
            Scale = scale;
            Offset = offset;
            Delta = delta;
        }

        public int Target { get; }

        public double Scale { get; }

        public double Offset { get; }

        public AffineForm Delta { get; }

        public static NeuronLink Identity(int index, int symbols) => new NeuronLink(index, 1, 0, AffineForm.Constant(0, symbols));

        public static NeuronLink Unlinked(AffineForm value) => new NeuronLink(-1, 0, 0, value);
    }
}
