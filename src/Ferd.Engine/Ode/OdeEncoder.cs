using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Ode
{
    /// <summary>
    /// Encodes a network as polynomial ODE systems (docs/METHOD.md §2): per layer,
    /// v_k' = P(v_k) · (Σ_m W_km u_m + b_k), v_k(0) = σ(0), u' = 0, so v_k(1) = σ(z_k).
    /// </summary>
    public static class OdeEncoder
    {
        public static NetworkEncoding Encode(Network network)
        {
            var layers = new LayerEncoding[network.Layers.Count];
            for (int l = 0; l < layers.Length; l++) layers[l] = EncodeLayer(network.Layers[l], l + 1);
            return new NetworkEncoding(layers);
        }

        public static LayerEncoding EncodeLayer(DenseLayer layer, int index)
        {
            int n = layer.InputCount;
            var variables = new List<OdeVariable>(n + layer.OutputCount);
            for (int m = 0; m < n; m++) variables.Add(new OdeVariable(InputName(index, m), Polynomial.Zero, null));

            var activation = layer.Activation;
            // No polynomial: v carries the pre-activation z (v' = z'), and the readout applies σ.
            var p = activation.OdePolynomial ?? new[] { (Coefficient: 1.0, Power: 0) };
            double initial = activation.OdePolynomial != null ? activation.Apply(0) : 0;
            var readout = activation.OdePolynomial != null ? Activation.Identity : activation;
            for (int k = 0; k < layer.OutputCount; k++)
            {
                int v = n + k;
                var affine = AffineTerms(layer, k);
                // P(v) · affine, expanded: every term of P times every term of the affine map.
                var terms = new List<Monomial>();
                foreach (var (coefficient, power) in p)
                {
                    foreach (var term in affine)
                    {
                        var factors = term.Factors.ToList();
                        if (power > 0) factors.Add(new Factor(v, power));
                        terms.Add(new Monomial(coefficient * term.Coefficient, factors.ToArray()));
                    }
                }
                variables.Add(new OdeVariable(StateName(index, k, layer.Activation), new Polynomial(terms), initial));
            }

            return new LayerEncoding(
                index,
                layer.Activation,
                new OdeSystem(variables),
                Enumerable.Range(0, n).ToArray(),
                Enumerable.Range(n, layer.OutputCount).ToArray(),
                readout);
        }

        /// <summary>x0.. for the network input, a{ℓ}_{k} for neuron k of layer ℓ (ℓ from 1).</summary>
        public static string InputName(int layerIndex, int input) => layerIndex == 1 ? $"x{input}" : OutputName(layerIndex - 1, input);

        public static string OutputName(int layerIndex, int neuron) => $"a{layerIndex}_{neuron}";

        /// <summary>The state variable of a neuron: its output a, or its pre-activation z where σ has no polynomial form.</summary>
        public static string StateName(int layerIndex, int neuron, Activation activation) =>
            activation.OdePolynomial == null ? $"z{layerIndex}_{neuron}" : OutputName(layerIndex, neuron);

        private static List<Monomial> AffineTerms(DenseLayer layer, int neuron)
        {
            var row = layer.Row(neuron);
            var terms = new List<Monomial>(row.Length + 1);
            for (int m = 0; m < row.Length; m++)
            {
                if (row[m] != 0) terms.Add(new Monomial(row[m], new Factor(m, 1)));
            }
            if (layer.Bias[neuron] != 0) terms.Add(new Monomial(layer.Bias[neuron]));
            return terms;
        }
    }
}
