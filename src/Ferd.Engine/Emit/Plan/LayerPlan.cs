using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// One layer as both back ends write it: its number, the network's layer, and the code form
    /// each back end gives it, decided here once so the two never disagree about a layer's shape.
    /// </summary>
    internal sealed class LayerPlan
    {
        /// <summary>Rows at least this wide gain from <c>Vector&lt;float&gt;</c> dot products in the portable pass; narrower ones are unrolled.</summary>
        public const int PortableVectorRowWidth = 16;

        /// <summary>Unrolled layers stay below this many weights, so methods stay JIT-friendly.</summary>
        public const int UnrollLimit = 1024;

        /// <summary>In the .NET 8 pass, layers with at least this many outputs keep them in vector accumulators.</summary>
        public const int ColumnsMinOutputs = 5;

        /// <summary>In the .NET 8 pass, layers with fewer outputs but at least this many inputs use vector dot products.</summary>
        public const int DotsMinInputs = Intrinsics.Lanes;

        /// <param name="vectorize">false unrolls every layer of the portable pass that is not streamed.</param>
        /// <param name="streamedMinWeights">Layers of at least this many weights are streamed.</param>
        public LayerPlan(int index, DenseLayer layer, int inputStride, bool vectorize = true, int streamedMinWeights = CSharpEmitter.StreamedMinWeights)
        {
            Index = index;
            Layer = layer;
            InputStride = inputStride;
            Vectorize = vectorize;
            Streamed = layer.Weights.Length >= streamedMinWeights;
            PortableUnrolled = !Streamed && (!vectorize || (layer.InputCount < PortableVectorRowWidth && (long)layer.InputCount * layer.OutputCount <= UnrollLimit));
            VectorForm = Streamed ? VectorForm.Streamed
                : layer.OutputCount >= ColumnsMinOutputs ? VectorForm.Columns
                : layer.InputCount >= DotsMinInputs ? VectorForm.Dots
                : VectorForm.Unrolled;
            Width = VectorForm == VectorForm.Columns ? (layer.OutputCount + Intrinsics.WideLanes - 1) / Intrinsics.WideLanes * Intrinsics.WideLanes : layer.OutputCount;
            PartialSums = VectorForm == VectorForm.Columns ? ColumnPartialSums(Width / Intrinsics.WideLanes, layer.InputCount) : 2;
        }

        /// <summary>
        /// .NET 8 pass, weight columns: the partial sums each output vector's products go to, input m
        /// to sum m mod PartialSums, added pairwise at the end. Two, or for a layer of one or two
        /// 512-bit vectors of neurons eight or four, as long as each sum keeps four inputs or more:
        /// a single row of a narrow layer otherwise waits on two long chains of dependent
        /// multiply–adds (46 inputs into 17 neurons: chains of 23 where 4 sums make chains of 12).
        /// Every form of the layer (one row, blocks of rows, row lanes) uses them, so a row's bits
        /// do not depend on how many rows it runs with.
        /// </summary>
        public int PartialSums { get; }

        private static int ColumnPartialSums(int wideVectors, int inputs)
        {
            int sums = wideVectors == 1 ? 8 : wideVectors == 2 ? 4 : 2;
            while (sums > 2 && inputs < 4 * sums) sums /= 2;
            return sums;
        }

        /// <summary>1 for the first layer.</summary>
        public int Index { get; }

        public DenseLayer Layer { get; }

        /// <summary>
        /// A large layer: its weights and biases are stored once, as the bits of string literals
        /// (<see cref="LayerData"/>) both passes read, and a loop over its neurons computes one dot
        /// product each, instead of code or a float literal per weight.
        /// </summary>
        public bool Streamed { get; }

        /// <summary>Whether the pass may use vectors: false for <c>Vectorize = false</c>.</summary>
        public bool Vectorize { get; }

        /// <summary>Portable pass: weights inline (true) or in a table read by dot products.</summary>
        public bool PortableUnrolled { get; }

        /// <summary>.NET 8 pass: how the layer's products are laid out.</summary>
        public VectorForm VectorForm { get; }

        /// <summary>
        /// .NET 8 pass: floats per row of the layer's output buffer. Columns are padded to whole wide
        /// vectors, so both the 256-bit and the 512-bit code read and write whole vectors.
        /// </summary>
        public int Width { get; }

        /// <summary>.NET 8 pass: floats per row of the buffer the layer reads (the previous layer's <see cref="Width"/>).</summary>
        public int InputStride { get; }

        public string Name => "Layer" + Invariant.Int(Index);

        /// <summary>"tanh, 61 inputs -> 31 neurons", for the comment above the layer's code.</summary>
        public string Summary =>
            $"{Layer.Activation.Name}, {Wording.Count(Layer.InputCount, "input")} -> {Wording.Count(Layer.OutputCount, "neuron")}";
    }
}
