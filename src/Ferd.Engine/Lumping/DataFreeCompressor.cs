using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// Compression without calibration data (docs/METHOD.md §5). When the graph's normalizer says
    /// what its inputs looked like in training (<see cref="Network.Prior"/>), rows drawn from that
    /// prior stand in for data: neurons are lumped by their values on them
    /// (<see cref="CalibratedAfdeCompressor"/>) and the quotient is refit to the original there
    /// (<see cref="Refit"/>). Otherwise, and at ε = 0 where lumping is exact, AFDE alone; when
    /// nothing merges, the network as it is.
    /// </summary>
    public static class DataFreeCompressor
    {
        /// <summary>Rows drawn from the prior: enough for well-posed least squares on layers a few hundred wide.</summary>
        public const int PriorRows = 512;

        public static CompressionResult Compress(Network network, double epsilon) => RefitOnPrior(network, Lump(network, epsilon));

        /// <summary>The lumping step alone, which decides every layer's size.</summary>
        public static CompressionResult Lump(Network network, double epsilon)
        {
            if (network.Prior is not { } prior || epsilon == 0) return AfdeCompressor.Compress(network, epsilon);
            // The prior describes what the first layer reads: lump the layers alone.
            var lumped = CalibratedAfdeCompressor.Compress(network.Trunk, epsilon, PriorSamples.Draw(prior, PriorRows));
            // Nothing merged: the network as it is, with nothing to refit.
            if (lumped.Compressed.ParameterCount == network.ParameterCount) return new CompressionResult(network, network, epsilon, lumped.Layers);
            return lumped with { Original = network, Compressed = network.WithLayers(lumped.Compressed.Layers), PriorCalibrated = true };
        }

        /// <summary>The refit step for what <see cref="Lump"/> gave: the same sizes, weights fitted on the prior's rows.</summary>
        public static CompressionResult RefitOnPrior(Network network, CompressionResult lumped)
        {
            if (!lumped.PriorCalibrated || network.Prior is not { } prior) return lumped;
            var refit = Refit.Fit(network.Trunk, lumped.Compressed.Trunk, PriorSamples.Draw(prior, PriorRows));
            return lumped with { Compressed = network.WithLayers(refit.Layers) };
        }
    }
}
