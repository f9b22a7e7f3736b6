namespace Ferd.Evaluation
{
    /// <summary>
    /// How an original neuron's value a_k relates to the compressed network:
    /// a_k = Scale · a'_Target + Offset + δ with δ within the affine form <see cref="Delta"/>, where the pre-activations
    /// satisfy z_k ≈ PreScale · z'_Target. Target −1 means unlinked: a_k = δ, its own range.
    /// </summary>
    internal readonly struct NeuronLink
    {
        public NeuronLink(int target, double preScale, double scale, double offset, AffineForm delta)
        {
            Target = target;
            PreScale = preScale;
            Scale = scale;
            Offset = offset;
            Delta = delta;
        }

        public int Target { get; }

        public double PreScale { get; }

        public double Scale { get; }

        public double Offset { get; }

        public AffineForm Delta { get; }

        public static NeuronLink Identity(int index, int symbols) => new NeuronLink(index, 1, 1, 0, AffineForm.Constant(0, symbols));

        public static NeuronLink Unlinked(AffineForm value) => new NeuronLink(-1, 0, 0, 0, value);
    }
}
