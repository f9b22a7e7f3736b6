using System;
using System.Collections.Generic;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Research
{
    /// <summary>What a sweep measures and how.</summary>
    public sealed record SweepOptions
    {
        /// <summary>
        /// The fractions of parameters to keep when no ε list is given: each is turned into the smallest
        /// ε whose AFDE network fits (so the points spread over sizes whatever the model).
        /// </summary>
        public static IReadOnlyList<double> DefaultKeptFractions { get; } = new[] { 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05 };

        /// <summary>Explicit tolerances; when null, <see cref="KeptFractions"/> decides them.</summary>
        public IReadOnlyList<double>? Epsilons { get; init; }

        public IReadOnlyList<double> KeptFractions { get; init; } = DefaultKeptFractions;

        /// <summary>Calibration rows taken (evenly spaced) from the training data, for refit and Wanda.</summary>
        public int CalibrationSize { get; init; } = 512;

        public RefitOptions Refit { get; init; } = RefitOptions.Default;

        /// <summary>The compressor swept over, its lumping step; data-free AFDE (<see cref="DataFreeCompressor"/>) by default.</summary>
        public Func<Network, double, CompressionResult> Compress { get; init; } = DataFreeCompressor.Lump;

        /// <summary>What follows <see cref="Compress"/> without changing sizes (a refit), once per measured network.</summary>
        public Func<Network, CompressionResult, CompressionResult> Finish { get; init; } = DataFreeCompressor.RefitOnPrior;

        /// <summary>
        /// The compressor that may use calibration data, for the data-aware column; calibrated AFDE by
        /// default. Null measures the data-aware column as the refit of the data-free network alone.
        /// </summary>
        public Func<Network, double, double[][], CompressionResult>? CompressWithData { get; init; } = CalibratedAfdeCompressor.Compress;

        public static SweepOptions Default { get; } = new SweepOptions();
    }
}
