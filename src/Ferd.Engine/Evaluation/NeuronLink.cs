using Ferd.Networks;

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

        /// <summary>
        /// σ(c·z) = Scale·σ(z) + Offset for the allowed pre-activation scales c of METHOD.md §3:
        /// positive homogeneity (ReLU, LeakyReLU, identity), oddness (tanh), σ(−z) = 1 − σ(z) (sigmoid).
        /// </summary>
        public static bool Relation(Activation activation, double c, out double scale, out double offset)
        {
            scale = c;
            offset = 0;
            switch (activation)
            {
                case Activation.Identity:
                    return c != 0;
                case Activation.Relu:
                case Activation.LeakyRelu:
                    return c > 0;
                case Activation.Tanh:
                    return c == 1 || c == -1;
                case Activation.Sigmoid:
                    if (c == -1) offset = 1;
                    return c == 1 || c == -1;
                default:
                    return false;
            }
        }
    }
}
