using System;

namespace Ferd.Networks
{
    /// <summary>
    /// Generated code and written models hold weights as float32. A network computed in double
    /// (folded normalization, merged neurons summing their weights) can hold values no float does.
    /// </summary>
    public static class FloatWeights
    {
        public static bool Fit(double[] values)
        {
            foreach (double v in values) if (!(Math.Abs(v) <= float.MaxValue)) return false;
            return true;
        }

        /// <summary>Refuses a network with a weight or bias beyond the float32 range, naming the layer.</summary>
        public static void Require(Network network)
        {
            for (int l = 0; l < network.Layers.Count; l++)
            {
                var layer = network.Layers[l];
                if (!Fit(layer.Weights) || !Fit(layer.Bias))
                    throw new ModelException(ModelErrorKind.NonFiniteWeights,
                        $"Layer {l + 1} of the compressed network has weights beyond the float32 range; merged neurons sum their weights.");
            }
            var stage = network.Stage;
            if (!Fit(stage.Shift) || !Fit(stage.Scale) || !FitOrInfinite(stage.Lower) || !FitOrInfinite(stage.Upper)
                || (network.Head.Mask is { } mask && !Fit(new[] { mask.Penalty0, mask.Penalty1 - mask.Penalty0 })))
                throw new ModelException(ModelErrorKind.NonFiniteWeights, "The network's input stage or output head holds values beyond the float32 range.");
        }

        // A clamp's missing side is infinite on purpose; generated code leaves it out.
        private static bool FitOrInfinite(double[] bounds)
        {
            foreach (double v in bounds) if (!double.IsInfinity(v) && !(Math.Abs(v) <= float.MaxValue)) return false;
            return true;
        }
    }
}
