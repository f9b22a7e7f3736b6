using System.Linq;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>A sweep as a plot: test RMSE against the percentage of parameters kept, one line per method.</summary>
    public static class SweepPlot
    {
        public static SvgLinePlot Create(SweepResult result)
        {
            var points = result.Points.OrderBy(p => p.KeptPercent).ToList();
            PlotSeries Line(string name, string color, System.Func<SweepPoint, double> rmse) =>
                new PlotSeries(name, color, points.Select(p => new PlotPoint(p.KeptPercent, rmse(p))).ToArray());

            var series = new[]
            {
                Line("AFDE", "#1f77b4", p => p.Afde),
                Line("AFDE + data", "#2ca02c", p => p.AfdeRefit),
                Line("magnitude", "#d62728", p => p.Magnitude),
                Line("Wanda", "#ff7f0e", p => p.Wanda),
                new PlotSeries("uncompressed", "#555555", new[] { new PlotPoint(0, result.TestRmse), new PlotPoint(100, result.TestRmse) }, Dashed: true),
            };
            var values = series.SelectMany(s => s.Points).Select(p => p.Y).Where(v => v > 0 && !double.IsInfinity(v)).ToList();
            double min = values.Count == 0 ? 1 : values.Min(), max = values.Count == 0 ? 10 : values.Max();
            var y = max / min > 20 ? PlotAxis.Log(min, max) : PlotAxis.Linear(0, max);
            return new SvgLinePlot(result.Model, "parameters kept (%)", "test RMSE", PlotAxis.Linear(0, 100), y, series);
        }

        public static string Svg(SweepResult result) => Create(result).Render();
    }
}
