using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>
    /// A chain of dense layers: the intermediate representation every stage of Ferd reads and
    /// writes. Any normalization of inputs and outputs is already folded into the first and last
    /// layers, so <see cref="Evaluate"/> maps raw features to raw outputs.
    /// </summary>
    public sealed class Network
    {
        public Network(IReadOnlyList<DenseLayer> layers, string inputName = "input", string outputName = "output")
        {
            if (layers.Count == 0) throw new ArgumentException("A network needs at least one layer.", nameof(layers));
            for (int i = 1; i < layers.Count; i++)
            {
                if (layers[i].InputCount != layers[i - 1].OutputCount)
                    throw new ArgumentException($"Layer {i} takes {layers[i].InputCount} inputs but layer {i - 1} gives {layers[i - 1].OutputCount}.", nameof(layers));
            }
            Layers = layers.ToArray();
            InputName = inputName;
            OutputName = outputName;
        }

        public IReadOnlyList<DenseLayer> Layers { get; }

        /// <summary>Name of the ONNX graph input, kept so exported models stay drop-in replacements.</summary>
        public string InputName { get; }

        /// <summary>Name of the ONNX graph output.</summary>
        public string OutputName { get; }

        public int InputCount => Layers[0].InputCount;

        public int OutputCount => Layers[Layers.Count - 1].OutputCount;

        public int ParameterCount => Layers.Sum(l => l.ParameterCount);

        public double[] Evaluate(ReadOnlySpan<double> input)
        {
            if (input.Length != InputCount)
                throw new ArgumentException($"Expected {InputCount} inputs, got {input.Length}.", nameof(input));
            double[] current = input.ToArray();
            foreach (var layer in Layers)
            {
                var next = new double[layer.OutputCount];
                layer.Evaluate(current, next);
                current = next;
            }
            return current;
        }

        /// <summary>Every layer's activations for one input: element 0 is the input itself.</summary>
        public double[][] Trace(ReadOnlySpan<double> input)
        {
            var values = new double[Layers.Count + 1][];
            values[0] = input.ToArray();
            for (int l = 0; l < Layers.Count; l++)
            {
                values[l + 1] = new double[Layers[l].OutputCount];
                Layers[l].Evaluate(values[l], values[l + 1]);
            }
            return values;
        }
    }
}
