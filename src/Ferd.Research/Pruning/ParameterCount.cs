using Ferd.Networks;

namespace Ferd.Pruning
{
    /// <summary>Sizes of pruned networks: a zero weight costs nothing, every bias is kept.</summary>
    public static class ParameterCount
    {
        /// <summary>Nonzero weights plus all biases: the size a sparse network is compared at.</summary>
        public static int Nonzero(Network network)
        {
            int count = 0;
            foreach (var layer in network.Layers)
            {
                count += layer.OutputCount;
                foreach (double w in layer.Weights)
                {
                    if (w != 0) count++;
                }
            }
            return count;
        }
    }
}
