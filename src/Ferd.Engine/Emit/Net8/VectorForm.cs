namespace Ferd.Emit
{
    /// <summary>How a layer's forward pass is written for .NET 8 and later, where 256-bit (or 512-bit) vectors are available.</summary>
    internal enum VectorForm
    {
        /// <summary>
        /// Weights stored column by column (one column per input, padded to whole vectors), every
        /// output accumulated in vector registers: one weight load and one fused multiply–add per
        /// eight multiply–adds, no horizontal sums.
        /// </summary>
        Columns,

        /// <summary>Few outputs, wide inputs: one vector dot product per output over its row of weights.</summary>
        Dots,

        /// <summary>Few outputs and few inputs: weights inline as literals.</summary>
        Unrolled,

        /// <summary>
        /// Large layers (<see cref="LayerPlan.Streamed"/>): a loop over the neurons, one vector dot
        /// product each over its row of weights in the layer's data.
        /// </summary>
        Streamed,
    }
}
