using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>
    /// One tolerance of a sweep: the data-free AFDE network's size and the test RMSE of each method at
    /// that size. <see cref="AfdeRefit"/> is AFDE using the calibration data at no more parameters
    /// (least-squares refit, of the data-free or of the calibrated lumping, whichever fits the
    /// calibration data better); magnitude and Wanda are pruned to exactly the same parameter count.
    /// </summary>
    public sealed record SweepPoint(double Epsilon, int Parameters, double KeptPercent, double Afde, double AfdeRefit, double Magnitude, double Wanda)
    {
        /// <summary>The better of the two baselines at this size.</summary>
        public double BestBaseline => System.Math.Min(Magnitude, Wanda);
    }
}
