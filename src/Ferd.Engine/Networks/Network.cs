using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>
    /// A chain of dense layers: the intermediate representation every stage of Ferd reads and
    /// writes. Normalization of inputs and outputs is folded into the first and last layers where
    /// float32 keeps it exact; what cannot fold stays in the <see cref="Stage"/> before the layers
    /// (clamps, picking the inputs the layers read) and the <see cref="Head"/> after them (softmax,
    /// argmax, action masks). <see cref="Evaluate"/> maps the graph inputs, concatenated in graph
    /// order, to the chosen output. Compression works on the <see cref="Trunk"/>, the layers alone.
    /// </summary>
    public sealed class Network
    {
        public Network(IReadOnlyList<DenseLayer> layers, string inputName = "input", string outputName = "output")
            : this(layers, new[] { new InputSegment(inputName, layers.Count == 0 ? 0 : layers[0].InputCount) }, null, null, outputName)
        {
        }

        public Network(IReadOnlyList<DenseLayer> layers, IReadOnlyList<InputSegment> inputs, InputStage? stage, OutputHead? head, string outputName, InputPrior? prior = null)
        {
            if (layers.Count == 0) throw new ArgumentException("A network needs at least one layer.", nameof(layers));
            for (int i = 1; i < layers.Count; i++)
            {
                if (layers[i].InputCount != layers[i - 1].OutputCount)
                    throw new ArgumentException($"Layer {i} takes {layers[i].InputCount} inputs but layer {i - 1} gives {layers[i - 1].OutputCount}.", nameof(layers));
            }
            if (inputs.Count == 0) throw new ArgumentException("A network needs at least one input.", nameof(inputs));
            Layers = layers.ToArray();
            Inputs = inputs.ToArray();
            InputCount = inputs.Sum(i => i.Length);
            Stage = stage ?? InputStage.Identity(InputCount);
            if (Stage.Count != layers[0].InputCount || Stage.Source.Any(s => s < 0 || s >= InputCount))
                throw new ArgumentException($"The input stage gives {Stage.Count} features from {InputCount} inputs; the first layer takes {layers[0].InputCount}.", nameof(stage));
            Head = head ?? OutputHead.Identity;
            if (Head.Groups != null && (Head.Groups.Sum() != layers[layers.Count - 1].OutputCount || Head.Groups.Any(g => g <= 0)))
                throw new ArgumentException("The head's groups must split the last layer's outputs.", nameof(head));
            if (Head.Mask != null && Head.Mask.Offset + layers[layers.Count - 1].OutputCount > InputCount)
                throw new ArgumentException("The action mask reads past the inputs.", nameof(head));
            OutputName = outputName;
            if (prior != null && prior.Count != layers[0].InputCount)
                throw new ArgumentException($"The prior describes {prior.Count} features; the first layer takes {layers[0].InputCount}.", nameof(prior));
            Prior = prior;
        }

        public IReadOnlyList<DenseLayer> Layers { get; }

        /// <summary>The graph inputs, in graph order; <see cref="Evaluate"/> takes them concatenated.</summary>
        public IReadOnlyList<InputSegment> Inputs { get; }

        /// <summary>Name of the first graph input, kept so exported models stay drop-in replacements.</summary>
        public string InputName => Inputs[0].Name;

        /// <summary>Name of the ONNX graph output.</summary>
        public string OutputName { get; }

        public InputStage Stage { get; }

        public OutputHead Head { get; }

        /// <summary>The first layer's inputs as the graph's normalizer describes them (data-free compression lumps and refits on rows drawn from it), or null.</summary>
        public InputPrior? Prior { get; }

        /// <summary>True when the stage does more than pass the inputs to the first layer.</summary>
        public bool HasStage => !Stage.IsIdentityOver(InputCount);

        /// <summary>True when there is a stage or a head around the layers.</summary>
        public bool HasEnds => HasStage || !Head.IsIdentity;

        /// <summary>All graph inputs' features.</summary>
        public int InputCount { get; }

        /// <summary>The output's values: the last layer's, or one index for an argmax head.</summary>
        public int OutputCount => Head.OutputCount(Layers[Layers.Count - 1].OutputCount);

        public int ParameterCount => Layers.Sum(l => l.ParameterCount);

        /// <summary>The layers alone, reading the stage's output and giving the logits: what compression works on.</summary>
        public Network Trunk => HasEnds ? new Network(Layers, new[] { new InputSegment("stage", Layers[0].InputCount) }, null, null, OutputName, Prior) : this;

        /// <summary>This network with other layers between the same stage and head (a compressed trunk).</summary>
        public Network WithLayers(IReadOnlyList<DenseLayer> layers) => new Network(layers, Inputs, Stage, Head, OutputName, Prior);

        /// <summary>What the first layer reads for <paramref name="input"/>.</summary>
        public double[] Staged(ReadOnlySpan<double> input) => HasStage ? Stage.Apply(input) : input.ToArray();

        public double[] Evaluate(ReadOnlySpan<double> input)
        {
            if (input.Length != InputCount)
                throw new ArgumentException($"Expected {InputCount} inputs, got {input.Length}.", nameof(input));
            double[] current = Staged(input);
            foreach (var layer in Layers)
            {
                var next = new double[layer.OutputCount];
                layer.Evaluate(current, next);
                current = next;
            }
            return Head.IsIdentity ? current : Head.Apply(current, input);
        }

        /// <summary>Every layer's activations for one input: element 0 is what the first layer reads.</summary>
        public double[][] Trace(ReadOnlySpan<double> input)
        {
            var values = new double[Layers.Count + 1][];
            values[0] = Staged(input);
            for (int l = 0; l < Layers.Count; l++)
            {
                values[l + 1] = new double[Layers[l].OutputCount];
                Layers[l].Evaluate(values[l], values[l + 1]);
            }
            return values;
        }
    }
}
