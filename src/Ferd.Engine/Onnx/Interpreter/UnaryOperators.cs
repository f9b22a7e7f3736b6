using System;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>The elementwise activations, computed in double and rounded once to float.</summary>
    internal static class UnaryOperators
    {
        public static Tensor Map(Tensor x, Func<double, double> f) =>
            new Tensor(x.Shape, x.Data.Select(v => (float)f(v)).ToArray());

        public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

        /// <summary>Clip's bounds: inputs from opset 11, attributes before; a missing bound is unbounded.</summary>
        public static (float Min, float Max) ClipBounds(OnnxNode node, Tensor? min, Tensor? max)
        {
            float lower = min != null ? Single(node, min, "min") : node.Float("min", float.NegativeInfinity);
            float upper = max != null ? Single(node, max, "max") : node.Float("max", float.PositiveInfinity);
            return (lower, upper);
        }

        private static float Single(OnnxNode node, Tensor bound, string name) =>
            bound.Data.Length == 1 ? bound.Data[0] : throw NodeErrors.Shape(node, $"{name} must be a scalar, got {Tensor.Describe(bound.Shape)}");
    }
}
