using System;

namespace Ferd.Networks
{
    /// <summary>σ in double precision, the reference for every transformation of the IR.</summary>
    public static class ActivationFunctions
    {
        public static double Apply(Activation activation, double z, double alpha)
        {
            switch (activation)
            {
                case Activation.Identity: return z;
                case Activation.Relu: return z > 0 ? z : 0;
                case Activation.LeakyRelu: return z >= 0 ? z : alpha * z;
                case Activation.Tanh: return Math.Tanh(z);
                case Activation.Sigmoid: return 1.0 / (1.0 + Math.Exp(-z));
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
            }
        }

        /// <summary>Lipschitz constant of σ: 1 for all but sigmoid (1/4) and LeakyReLU with |α| &gt; 1.</summary>
        public static double Lipschitz(Activation activation, double alpha) => activation switch
        {
            Activation.Sigmoid => 0.25,
            Activation.LeakyRelu => Math.Max(1.0, Math.Abs(alpha)),
            _ => 1.0,
        };
    }
}
