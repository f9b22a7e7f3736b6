namespace Ferd.Evaluation
{
    /// <summary>
    /// How an original neuron's value a_k relates to the compressed network:
    /// a_k = Scale · a'_Target + Offset + δ with δ ∈ <see cref="Delta"/>, where the pre-activations
    /// satisfy z_k ≈ PreScale · z'_Target. Target −1 means unlinked: a_k = δ, its own range.
    /// </summary>
    internal readonly struct NeuronLink
    {
        public NeuronLink(int target, double preScale, double scale, double offset, Interval delta)
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

        public Interval Delta { get; }

        public static NeuronLink Identity(int index) => new NeuronLink(index, 1, 1, 0, Interval.Point(0));

        public static NeuronLink Unlinked(Interval value) => new NeuronLink(-1, 0, 0, 0, value);
    }
}
