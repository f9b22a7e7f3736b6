using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>What the network's output is made of the last layer's values (the logits).</summary>
    public enum OutputFunction
    {
        /// <summary>The logits themselves.</summary>
        Identity,
        /// <summary>exp(z_k) / Σ exp(z_i).</summary>
        Softmax,
        /// <summary>z_k − log Σ exp(z_i).</summary>
        LogSoftmax,
        /// <summary>The index of the largest logit (the first on ties), an integer.</summary>
        ArgMax,
    }

    /// <summary>
    /// ML-Agents' action mask on a discrete head: logit k becomes z_k·m_k − (P0 + (P1 − P0)·m_k) with
    /// m the input features at <see cref="Offset"/>, so a masked action (m = 0) gets −P0 (−1e8).
    /// </summary>
    public sealed record ActionMask(int Offset, double Penalty0, double Penalty1)
    {
        public double Apply(double z, double m) => z * m - (Penalty0 + (Penalty1 - Penalty0) * m);
    }

    /// <summary>
    /// The output function after the last layer, with its optional action mask. The logits may form
    /// <see cref="Groups"/> (ML-Agents' discrete branches, one head per branch): the function applies
    /// to each group, and an argmax gives one index per group.
    /// </summary>
    public sealed record OutputHead(OutputFunction Function, ActionMask? Mask = null, IReadOnlyList<int>? Groups = null)
    {
        public static OutputHead Identity { get; } = new OutputHead(OutputFunction.Identity);

        public bool IsIdentity => Function == OutputFunction.Identity && Mask == null;

        /// <summary>True when the output is an index (ArgMax), written to an integer span.</summary>
        public bool IsInteger => Function == OutputFunction.ArgMax;

        /// <summary>The sizes of the groups the function applies to: one group of all logits unless <see cref="Groups"/> says otherwise.</summary>
        public IReadOnlyList<int> GroupSizes(int logits) => Groups ?? new[] { logits };

        public int OutputCount(int logits) => IsInteger ? GroupSizes(logits).Count : logits;

        /// <summary>The output for <paramref name="logits"/>; <paramref name="input"/> is the network's whole input (the mask's source).</summary>
        public double[] Apply(double[] logits, ReadOnlySpan<double> input)
        {
            var z = (double[])logits.Clone();
            if (Mask != null) for (int k = 0; k < z.Length; k++) z[k] = Mask.Apply(z[k], input[Mask.Offset + k]);
            if (Function == OutputFunction.Identity) return z;
            var output = new List<double>();
            int start = 0;
            foreach (int size in GroupSizes(z.Length))
            {
                output.AddRange(Group(z.Skip(start).Take(size).ToArray()));
                start += size;
            }
            return output.ToArray();
        }

        private IEnumerable<double> Group(double[] z)
        {
            if (Function == OutputFunction.ArgMax)
            {
                int best = 0;
                for (int k = 1; k < z.Length; k++) if (z[k] > z[best]) best = k;
                return new double[] { best };
            }
            double max = double.NegativeInfinity, sum = 0;
            foreach (double v in z) max = Math.Max(max, v);
            foreach (double v in z) sum += Math.Exp(v - max);
            return z.Select(v => Function == OutputFunction.Softmax ? Math.Exp(v - max) / sum : v - max - Math.Log(sum)).ToArray();
        }
    }
}
