using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// A few elementwise nodes read as a function of one value, f(t), in double: how exporters spell
    /// an activation over several nodes (x · Sigmoid(x), the erf form of GELU) and how ML-Agents
    /// writes a mask's penalty. Every constant must be one number (or one number repeated).
    /// </summary>
    internal sealed class ScalarGraph
    {
        private readonly IReadOnlyList<OnnxNode> _nodes;
        private readonly string _variable;
        private readonly string _result;
        private readonly Dictionary<string, double> _constants = new Dictionary<string, double>();

        private ScalarGraph(IReadOnlyList<OnnxNode> nodes, string variable, string result)
        {
            _nodes = nodes;
            _variable = variable;
            _result = result;
        }

        /// <summary>The function <paramref name="result"/> = f(<paramref name="variable"/>) of <paramref name="nodes"/> (in evaluation order), or null where a node is not elementwise or a constant not scalar.</summary>
        public static ScalarGraph? Of(IReadOnlyList<OnnxNode> nodes, string variable, string result, IReadOnlyDictionary<string, OnnxTensor> constants)
        {
            var graph = new ScalarGraph(nodes, variable, result);
            foreach (var node in nodes)
            {
                if (!Elementwise.Contains(node.OpType) || node.Outputs.Count != 1) return null;
                // A malformed node (an Add with one operand) is no function Ferd reads.
                if (node.Inputs.Count(i => i.Length > 0) != (Binary.Contains(node.OpType) ? 2 : 1)) return null;
                foreach (string input in node.Inputs.Where(i => i.Length > 0 && constants.ContainsKey(i)))
                {
                    var floats = constants[input].Floats;
                    if (floats == null || floats.Length == 0 || floats.Any(v => v != floats[0])) return null;
                    graph._constants[input] = floats[0];
                }
            }
            return graph;
        }

        public static bool IsElementwise(string op) => Elementwise.Contains(op);

        private static readonly HashSet<string> Binary = new HashSet<string> { "Add", "Sub", "Mul", "Div", "Pow" };

        private static readonly HashSet<string> Elementwise = new HashSet<string>
        {
            "Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "Exp", "Log", "Tanh", "Sigmoid", "Erf", "Softplus",
            "Neg", "Abs", "Relu", "Reciprocal", "HardSigmoid",
        };

        public double Evaluate(double t)
        {
            var values = new Dictionary<string, double>(_constants) { [_variable] = t };
            foreach (var node in _nodes)
            {
                double A(int i) => values.TryGetValue(node.Inputs[i], out double v) ? v : double.NaN;
                values[node.Outputs[0]] = node.OpType switch
                {
                    "Add" => A(0) + A(1),
                    "Sub" => A(0) - A(1),
                    "Mul" => A(0) * A(1),
                    "Div" => A(0) / A(1),
                    "Pow" => Math.Pow(A(0), A(1)),
                    "Sqrt" => Math.Sqrt(A(0)),
                    "Exp" => Math.Exp(A(0)),
                    "Log" => Math.Log(A(0)),
                    "Tanh" => Math.Tanh(A(0)),
                    "Sigmoid" => 1 / (1 + Math.Exp(-A(0))),
                    "Erf" => MathNet.Numerics.SpecialFunctions.Erf(A(0)),
                    "Softplus" => Math.Max(A(0), 0) + Math.Log(1 + Math.Exp(-Math.Abs(A(0)))),
                    "Neg" => -A(0),
                    "Abs" => Math.Abs(A(0)),
                    "Relu" => Math.Max(A(0), 0),
                    "Reciprocal" => 1 / A(0),
                    "HardSigmoid" => Math.Max(0, Math.Min(1, node.Float("alpha", 0.2f) * A(0) + node.Float("beta", 0.5f))),
                    _ => double.NaN,
                };
            }
            return values.TryGetValue(_result, out double r) ? r : double.NaN;
        }
    }
}
