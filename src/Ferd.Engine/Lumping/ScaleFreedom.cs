using System;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>Which scales c may relate two neurons with signatures s = c·s' (docs/METHOD.md §3).</summary>
    internal enum ScaleFreedom
    {
        /// <summary>Any c &gt; 0: σ(c z) = c σ(z) (ReLU, LeakyReLU, identity).</summary>
        Positive,

        /// <summary>c = ±1: tanh is odd; sigmoid(−z) = 1 − sigmoid(z), the 1 moving into the next bias.</summary>
        Sign,
    }

    internal static class ScaleFreedoms
    {
        public static ScaleFreedom For(Activation activation) => activation switch
        {
            Activation.Relu or Activation.LeakyRelu or Activation.Identity => ScaleFreedom.Positive,
            Activation.Tanh or Activation.Sigmoid => ScaleFreedom.Sign,
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
        };

        /// <summary>
        /// The offset μ in a = λ·ã + μ for a member whose signature is <paramref name="scale"/> times its
        /// representative's: 1 for a sign-flipped sigmoid, 0 otherwise.
        /// </summary>
        public static double Offset(Activation activation, double scale) =>
            activation == Activation.Sigmoid && scale < 0 ? 1.0 : 0.0;
    }
}
