using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>The symmetries of σ that lumping uses (METHOD.md §3).</summary>
    internal static class ActivationSymmetry
    {
        /// <summary>
        /// Whether c is an allowed pre-activation scale, and then σ(c·z) = scale·σ(z) + offset:
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
