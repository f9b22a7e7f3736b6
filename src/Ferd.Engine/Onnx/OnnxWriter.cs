using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Onnx
{
    /// <summary>
    /// Writes a <see cref="Network"/> as an ONNX model any runtime loads: IR 8, opset 13, one Gemm
    /// (transB = 1) per layer followed by its activation, float weights as raw_data, and the
    /// network's input and output names with shape [N, features].
    /// </summary>
    public static class OnnxWriter
    {
        public const long IrVersion = 8;
        public const long Opset = 13;
        public const string Producer = "Ferd";

        public static byte[] Write(Network network) => OnnxModelEncoder.Encode(ToModel(network));

        /// <summary>The model <see cref="Write"/> serializes.</summary>
        public static OnnxModel ToModel(Network network)
        {
            if (network == null) throw new ArgumentNullException(nameof(network));
            if (network.Inputs.Any(i => i.Name == network.OutputName))
                throw new ArgumentException($"An input and the output are both named '{network.OutputName}'; an ONNX graph needs distinct names.", nameof(network));
            var nodes = new List<OnnxNode>();
            var initializers = new List<OnnxTensor>();
            var ends = new OnnxEndsWriter(nodes, initializers);
            string joined = ends.Joined(network);
            string current = network.HasStage ? ends.Stage(network, joined) : joined;
            // With a head, the layers end in the logits and the head writes the output.
            string layersOutput = network.Head.IsIdentity ? network.OutputName : "ferd.logits";
            for (int l = 0; l < network.Layers.Count; l++)
            {
                var layer = network.Layers[l];
                if (layer.OutputCount == 0 || layer.InputCount == 0)
                    throw new ArgumentException(
                        $"Layer {l} has {layer.InputCount} inputs and {layer.OutputCount} neurons; ONNX cannot express a layer without either.", nameof(network));
                string prefix = "layer" + l.ToString(CultureInfo.InvariantCulture);
                bool last = l == network.Layers.Count - 1;
                bool activated = layer.Activation != Activation.Identity;
                string weights = prefix + ".weight", bias = prefix + ".bias";
                initializers.Add(new OnnxTensor(weights, OnnxDataType.Float, new[] { layer.OutputCount, layer.InputCount }, ToFloats(layer.Weights), null));
                initializers.Add(new OnnxTensor(bias, OnnxDataType.Float, new[] { layer.OutputCount }, ToFloats(layer.Bias), null));
                string gemmOutput = last && !activated ? layersOutput : prefix + ".linear";
                nodes.Add(new OnnxNode(prefix + ".gemm", "Gemm", "", new[] { current, weights, bias }, new[] { gemmOutput },
                    new[] { OnnxActivationWriter.IntAttribute("transB", 1) }));
                current = gemmOutput;
                if (!activated) continue;
                string output = last ? layersOutput : prefix + ".output";
                layer.Activation.WriteOnnx(new OnnxActivationWriter(prefix, nodes, initializers), current, output);
                current = output;
            }
            if (!network.Head.IsIdentity) ends.Head(network, joined, current, network.OutputName);
            var outputType = network.Head.IsInteger ? OnnxDataType.Int64 : OnnxDataType.Float;
            var graph = new OnnxGraph("ferd", nodes, initializers,
                network.Inputs.Select(i => Batched(i.Name, i.Length)).ToArray(),
                new[] { Batched(network.OutputName, network.OutputCount, outputType) },
                new OnnxValueInfo[0]);
            string version = typeof(OnnxWriter).Assembly.GetName().Version?.ToString(3) ?? "";
            return new OnnxModel(IrVersion, Opset, Producer, version, graph);
        }

        private static OnnxValueInfo Batched(string name, int features, OnnxDataType type = OnnxDataType.Float) =>
            new OnnxValueInfo(name, type, new[] { new OnnxDimension(null, "N"), new OnnxDimension(features, null) });

        private static float[] ToFloats(double[] values) => values.Select(v => (float)v).ToArray();
    }
}
