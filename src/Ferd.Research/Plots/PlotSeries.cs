using System.Collections.Generic;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>One line of a plot: a legend name, a colour, and its points in data coordinates.</summary>
    public sealed record PlotSeries(string Name, string Color, IReadOnlyList<PlotPoint> Points, bool Dashed = false);
}
