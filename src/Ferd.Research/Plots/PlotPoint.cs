using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>A point in data coordinates.</summary>
    public readonly record struct PlotPoint(double X, double Y);
}
