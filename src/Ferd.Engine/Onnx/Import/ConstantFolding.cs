using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Onnx.Interpreter;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// Evaluates a node whose inputs are all float constants, as exporters leave them around weights
    /// (a normalizer's √(variance + ε), a scale's reciprocal); null for any other node.
    /// </summary>
    internal static class ConstantFolding
    {
        public static OnnxTensor? Fold(OnnxNode node, Dictionary<string, OnnxTensor> constants)
        {
            var operands = node.Inputs.Where(i => i.Length > 0).Select(i => constants[i]).ToList();
            if (operands.Count == 0 || operands.Any(t => t.Floats == null)) return null;
            var tensors = operands.Select(t => t.ToTensor()).ToList();
            Tensor? result = node.OpType switch
            {
                "Add" => Binary(node, tensors, (a, b) => a + b),
                "Sub" => Binary(node, tensors, (a, b) => a - b),
                "Mul" => Binary(node, tensors, (a, b) => a * b),
                "Div" => Binary(node, tensors, (a, b) => a / b),
                "Pow" => Binary(node, tensors, (a, b) => (float)Math.Pow(a, b)),
                "Sqrt" => Unary(tensors, Math.Sqrt),
                "Neg" => Unary(tensors, x => -x),
                "Reciprocal" => Unary(tensors, x => 1 / x),
                _ => null,
            };
            return result == null ? null : new OnnxTensor(node.Outputs[0], OnnxDataType.Float, result.Shape, result.Data, null);
        }

        private static Tensor? Binary(OnnxNode node, List<Tensor> operands, Func<float, float, float> op) =>
            operands.Count == 2 ? Broadcast.Apply(operands[0], operands[1], op, reason => NodeErrors.Shape(node, reason)) : null;

        private static Tensor? Unary(List<Tensor> operands, Func<double, double> f) =>
            operands.Count == 1 ? UnaryOperators.Map(operands[0], f) : null;
    }
}
