using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;
using Ferd.Onnx.Import;

namespace Ferd.Onnx
{
    /// <summary>
    /// Turns an ONNX graph that is a chain of dense layers into the <see cref="Network"/> IR. The
    /// front end (<see cref="GraphFrontEnd"/>) chooses the output and keeps what it needs; the walk
    /// then follows the chain from the inputs: per-input normalizers and clamps (joined by Concat)
    /// become the stage, everything affine between two activations composes exactly into one layer,
    /// activations spelled over several nodes are recognized (<see cref="ActivationPattern"/>), and
    /// what follows the last layer (action mask, softmax, argmax) becomes the head.
    /// </summary>
    public static class NetworkImporter
    {
        public static Network Import(byte[] bytes, string? output = null) => Import(OnnxModelReader.Read(bytes), output);

        /// <param name="output">The graph output or intermediate value to compile; null for the only one that is neither constant nor random.</param>
        public static Network Import(OnnxModel model, string? output = null)
        {
            var graph = GraphFrontEnd.Prepare(model.Graph, output) with { Opset = model.OpsetVersion };
            foreach (var t in graph.Constants.Values)
            {
                if (t.Floats != null && t.Floats.Any(v => float.IsNaN(v) || float.IsInfinity(v)))
                    throw new ModelException(ModelErrorKind.NonFiniteWeights, $"Tensor '{t.Name}' contains NaN or infinity.");
            }
            ImportOperators.Check(graph.Nodes);
            return new ChainWalk(graph).Run();
        }
    }
}
