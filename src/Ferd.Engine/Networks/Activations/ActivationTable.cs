using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>
    /// Every activation Ferd compiles, one instance per kind with typical parameters: what import,
    /// tests and documentation walk so that no activation lacks a piece.
    /// </summary>
    public static class ActivationTable
    {
        public static IReadOnlyList<Activation> Samples { get; } = new[]
        {
            Activation.Identity,
            Activation.Relu,
            Activation.LeakyRelu(0.01),
            Activation.Tanh,
            Activation.Sigmoid,
            Activation.Clip(-1, 1),
            Activation.HardSigmoid(1.0 / 6, 0.5),
            Activation.HardSwish(1.0 / 6, 0.5),
            Activation.Swish,
            Activation.Gelu,
            Activation.GeluTanh,
            // ONNX's defaults.
            Activation.Elu(1),
            Activation.Selu(1.67326319217681884765625, 1.05070102214813232421875),
            Activation.Softplus,
            Activation.Mish,
        };

        /// <summary>The sample of the kind named <paramref name="kind"/> ("tanh", "leakyrelu").</summary>
        public static Activation Sample(string kind) =>
            Samples.FirstOrDefault(a => a.Kind == kind) ?? throw new ArgumentException($"No activation kind '{kind}'.", nameof(kind));
    }
}
