using System.Collections.Generic;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>The original network, its quotient under AFDE at <see cref="Epsilon"/>, and per-layer sizes.</summary>
    public sealed record CompressionResult(Network Original, Network Compressed, double Epsilon, IReadOnlyList<LayerCompression> Layers);
}
