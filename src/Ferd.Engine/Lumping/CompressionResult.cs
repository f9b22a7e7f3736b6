using System.Collections.Generic;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>The original network, its quotient under AFDE at <see cref="Epsilon"/>, and per-layer sizes.</summary>
    public sealed record CompressionResult(Network Original, Network Compressed, double Epsilon, IReadOnlyList<LayerCompression> Layers)
    {
        /// <summary>True when calibration data shaped the lumping and the compressed weights were refit to it.</summary>
        public bool Calibrated { get; init; }

        /// <summary>True when, without data, rows drawn from the graph's input normalizer shaped the lumping and the compressed weights were refit to them.</summary>
        public bool PriorCalibrated { get; init; }

        /// <summary>The box <see cref="DeviationBound"/> holds over, when one was computed.</summary>
        public InputBox? BoundBox { get; init; }

        /// <summary>A guaranteed upper bound on max |f(x) − f'(x)| over <see cref="BoundBox"/>, over all outputs.</summary>
        public double? DeviationBound { get; init; }
    }
}
