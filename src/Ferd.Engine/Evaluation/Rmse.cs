using System;
using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>Root-mean-square error over all outputs of all samples (one number per network and data set).</summary>
    public static class Rmse
    {
        public static double Of(Network network, double[][] inputs, double[][] targets)
        {
            if (inputs.Length != targets.Length) throw new ArgumentException($"{inputs.Length} inputs but {targets.Length} targets.", nameof(targets));
            if (inputs.Length == 0) throw new ArgumentException("RMSE needs at least one sample.", nameof(inputs));
            double sum = 0;
            long count = 0;
            for (int i = 0; i < inputs.Length; i++)
            {
                double[] y = network.Evaluate(inputs[i]);
                if (y.Length != targets[i].Length) throw new ArgumentException($"The network gives {y.Length} outputs, the targets have {targets[i].Length}.", nameof(targets));
                for (int k = 0; k < y.Length; k++)
                {
                    double d = y[k] - targets[i][k];
                    sum += d * d;
                }
                count += y.Length;
            }
            return Math.Sqrt(sum / count);
        }
    }
}
