namespace Ferd.Lumping
{
    /// <summary>How <see cref="Refit"/> fits a compressed network to calibration data.</summary>
    public sealed record RefitOptions
    {
        /// <summary>Ridge weight relative to the mean squared activation, so it means the same at every scale.</summary>
        public double Ridge { get; init; } = 1e-6;

        /// <summary>Also refit hidden layers' incoming weights, each to its best-matching original neuron.</summary>
        public bool HiddenLayers { get; init; } = true;

        public static RefitOptions Default { get; } = new RefitOptions();
    }
}
