using System;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>Elementwise maps, computed in double and rounded once to float.</summary>
    internal static class UnaryOperators
    {
        public static Tensor Map(Tensor x, Func<double, double> f) =>
            new Tensor(x.Shape, x.Data.Select(v => (float)f(v)).ToArray());

        /// <summary>A Clip bound given as an input tensor, which must hold one value.</summary>
        public static float Single(OnnxNode node, Tensor bound, string name) =>
            bound.Data.Length == 1 ? bound.Data[0] : throw NodeErrors.Shape(node, $"{name} must be a scalar, got {Tensor.Describe(bound.Shape)}");
    }
}
