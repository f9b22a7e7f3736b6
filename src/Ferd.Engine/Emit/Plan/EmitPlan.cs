using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// What the two forward passes are written from: the compressed network, each layer's plan,
    /// the kernels, and the class that holds the passes. The portable pass
    /// (<see cref="PortableBackEnd"/>, netstandard2.1 and Unity) and the .NET 8 pass
    /// (<see cref="Net8BackEnd"/>) must agree: each computes, per row and neuron, the bias plus
    /// the float products of the weights and inputs, then the activation through the same
    /// <c>FerdMath</c> kernel. They may add the products in another order, so results agree to
    /// float rounding, never in the function computed; the generator tests hold both to the
    /// network in double precision on every test model.
    /// </summary>
    internal sealed class EmitPlan
    {
        /// <summary>Layers at most this wide (in floats per row) let a batch run four rows per pass.</summary>
        public const int NarrowWidth = 48;

        public EmitPlan(Network network, bool fastActivations, string passClass, bool vectorize = true, int streamedMinWeights = CSharpEmitter.StreamedMinWeights)
        {
            Network = network;
            FastActivations = fastActivations;
            PassClass = passClass;
            Vectorize = vectorize;
            var layers = new List<LayerPlan>();
            for (int l = 0; l < network.Layers.Count; l++)
                layers.Add(new LayerPlan(l + 1, network.Layers[l], l == 0 ? network.InputCount : layers[l - 1].Width, vectorize, streamedMinWeights));
            Layers = layers;
        }

        public Network Network { get; }

        public IReadOnlyList<LayerPlan> Layers { get; }

        /// <summary>
        /// false: the portable pass alone, every layer unrolled with its weights inline, on every
        /// target (no vectors, no tables) — for runtimes that do not accelerate vectors.
        /// </summary>
        public bool Vectorize { get; }

        /// <summary>Whether tanh and σ call the fast FerdMath kernels.</summary>
        public bool FastActivations { get; }

        /// <summary>The generated class, in <see cref="CSharpEmitter.PassNamespace"/>, that holds both passes.</summary>
        public string PassClass { get; }

        /// <summary>
        /// Rows the .NET 8 batch runs through the network together: two, or four when every layer
        /// is narrow. Narrow layers leave the vector units idle between short chains of multiply–adds
        /// and activate few values per call; more rows fill both. Wide layers gain nothing from more.
        /// </summary>
        public int BatchRows => Layers.All(l => l.Width <= NarrowWidth) ? 4 : 2;

        /// <summary>
        /// Whether the .NET 8 batch runs blocks of rows in the lanes of 512-bit or 256-bit vectors,
        /// whichever are accelerated (<see cref="RowLanes"/>): when no layer is streamed.
        /// </summary>
        public bool LaneBatch => RowLanes.Fits(this);

        /// <summary>
        /// Whether the .NET 8 batch runs blocks of <see cref="WideColumns.BlockRows"/> rows in
        /// 512-bit vectors where they are accelerated instead: when a layer is streamed and some
        /// layer is written as weight columns, the form those kernels speed up.
        /// </summary>
        public bool WideBatch => !LaneBatch && Layers.Any(l => l.VectorForm == VectorForm.Columns);
    }
}
