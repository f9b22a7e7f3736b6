namespace Ferd.Evaluation
{
    /// <summary>
    /// One tolerance of a sweep: the AFDE network's size and the test RMSE of each method at that size
    /// (AFDE data-free and refit; magnitude and Wanda pruned to the same parameter count).
    /// </summary>
    public sealed record SweepPoint(double Epsilon, int Parameters, double KeptPercent, double Afde, double AfdeRefit, double Magnitude, double Wanda)
    {
        /// <summary>The better of the two baselines at this size.</summary>
        public double BestBaseline => System.Math.Min(Magnitude, Wanda);
    }
}
