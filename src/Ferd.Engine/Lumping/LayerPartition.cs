using System;

namespace Ferd.Lumping
{
    /// <summary>
    /// How one layer's neurons map onto the quotient: neuron k belongs to block <see cref="Block"/>[k]
    /// and a_k = Scale[k] · ã_block + Offset[k]; a removed neuron (block −1: dead or constant)
    /// is replaced by the constant <see cref="Constant"/>[k], folded into the next layer's bias.
    /// </summary>
    internal sealed class LayerPartition
    {
        public LayerPartition(int[] block, double[] scale, double[] offset, double[] constant, int[] representatives)
        {
            Block = block;
            Scale = scale;
            Offset = offset;
            Constant = constant;
            Representatives = representatives;
        }

        public int[] Block { get; }
        public double[] Scale { get; }
        public double[] Offset { get; }
        public double[] Constant { get; }

        /// <summary>The neuron each block was formed around; every member is within ε of it.</summary>
        public int[] Representatives { get; }

        public int NeuronCount => Block.Length;
        public int BlockCount => Representatives.Length;

        /// <summary>Every neuron its own block: network inputs and the never-lumped output layer.</summary>
        public static LayerPartition Identity(int count)
        {
            var block = new int[count];
            var scale = new double[count];
            for (int k = 0; k < count; k++)
            {
                block[k] = k;
                scale[k] = 1;
            }
            return new LayerPartition(block, scale, new double[count], new double[count], (int[])block.Clone());
        }
    }
}
