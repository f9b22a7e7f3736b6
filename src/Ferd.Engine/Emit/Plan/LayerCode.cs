using System;
using System.Text;
using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// The pieces of a layer's code both back ends write alike: an unrolled affine sum and a float table.
    /// </summary>
    internal static class LayerCode
    {
        private const int TableValuesPerLine = 8;

        /// <summary>Characters of an affine sum's line before its indentation: it wraps before a term would pass this.</summary>
        private const int AffineLineLength = 110;

        /// <summary>
        /// <c>target = bias + w·input(m) + …;</c> over the nonzero weights, bias first as in
        /// <see cref="DenseLayer.Evaluate"/>, wrapped by length so the lines stay readable.
        /// </summary>
        public static void WriteAffine(CodeWriter code, string target, DenseLayer layer, int neuron, Func<int, string> input)
        {
            var line = new StringBuilder(target).Append(" = ").Append(FloatLiteral.Format(layer.Bias[neuron]));
            var row = layer.Row(neuron);
            for (int m = 0; m < row.Length; m++)
            {
                float w = (float)row[m];
                if (w == 0f) continue;
                string term = FloatLiteral.Format(Math.Abs(w)) + " * " + input(m);
                if (line.Length + 3 + term.Length > AffineLineLength)
                {
                    // The sum goes on, indented, on the next line.
                    code.Line(line.ToString());
                    line.Clear().Append("    ").Append(w < 0f ? "- " : "+ ");
                }
                else line.Append(w < 0f ? " - " : " + ");
                line.Append(term);
            }
            code.Line(line.Append(';').ToString());
        }

        /// <summary><c>name = new float[] { … };</c>, or <c>name = wrapper(new float[] { … });</c> when a wrapper is given.</summary>
        public static void WriteTable(CodeWriter code, string name, double[] values, string? wrapper = null)
        {
            code.Open($"private static readonly float[] {name} = {(wrapper == null ? "" : wrapper + "(")}new float[]");
            for (int start = 0; start < values.Length; start += TableValuesPerLine)
            {
                var line = new StringBuilder();
                int end = Math.Min(values.Length, start + TableValuesPerLine);
                for (int i = start; i < end; i++) line.Append(FloatLiteral.Format(values[i])).Append(i + 1 < values.Length ? "," : "").Append(i + 1 < end ? " " : "");
                code.Line(line.ToString());
            }
            code.Close(wrapper == null ? ";" : ");");
        }
    }
}
