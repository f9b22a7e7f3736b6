using System.Globalization;
using System.Text;
using Ferd.Networks;

namespace Ferd.Ode
{
    /// <summary>
    /// The text form of an encoding: a comment line per layer, then one equation per line,
    /// <c>name' = polynomial</c> followed by the initial value. Culture-invariant, round-trip numbers.
    /// </summary>
    public static class OdeText
    {
        public static string Format(NetworkEncoding encoding)
        {
            var text = new StringBuilder();
            foreach (var layer in encoding.Layers) AppendLayer(text, layer);
            return text.ToString();
        }

        private static void AppendLayer(StringBuilder text, LayerEncoding layer)
        {
            var system = layer.System;
            text.Append("# layer ").Append(layer.Index).Append(": ").Append(Describe(layer))
                .Append(", ").Append(layer.Inputs.Count).Append(" inputs (constant), ")
                .Append(layer.Outputs.Count).Append(" neurons; integrate t from 0 to 1");
            if (layer.Readout != Activation.Identity)
                text.Append("; a").Append(layer.Index).Append("_k = ").Append(Describe(layer)).Append("(z").Append(layer.Index).Append("_k(1))");
            text.Append('\n');

            foreach (var variable in system.Variables)
            {
                text.Append(variable.Name).Append("' = ");
                AppendPolynomial(text, variable.Derivative, system);
                if (variable.Initial is double initial)
                    text.Append(";  ").Append(variable.Name).Append("(0) = ").Append(Number(initial));
                text.Append('\n');
            }
        }

        private static string Describe(LayerEncoding layer) => layer.Activation.Name;

        private static void AppendPolynomial(StringBuilder text, Polynomial polynomial, OdeSystem system)
        {
            if (polynomial.Terms.Count == 0)
            {
                text.Append('0');
                return;
            }
            for (int t = 0; t < polynomial.Terms.Count; t++)
            {
                var term = polynomial.Terms[t];
                double coefficient = term.Coefficient;
                if (t > 0)
                {
                    text.Append(coefficient < 0 ? " - " : " + ");
                    coefficient = System.Math.Abs(coefficient);
                }
                bool unit = coefficient == 1 || coefficient == -1;
                if (term.Factors.Count == 0 || !unit) text.Append(Number(coefficient));
                else if (coefficient < 0) text.Append('-');
                for (int f = 0; f < term.Factors.Count; f++)
                {
                    if (f > 0 || !unit) text.Append('*');
                    var factor = term.Factors[f];
                    text.Append(system.Variables[factor.Variable].Name);
                    if (factor.Power > 1) text.Append('^').Append(factor.Power);
                }
            }
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
