using System.Globalization;
using System.Xml.Linq;
using Ferd.Evaluation;
using Ferd.Research;

namespace Ferd.Tests.Evaluation;

public class SvgLinePlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SweepResult Result() => new("toy", 1000, 0.5,
    [
        new SweepPoint(0.01, 900, 90, 0.6, 0.55, 0.7, 0.65),
        new SweepPoint(0.1, 500, 50, 2, 1, 4, 3),
        new SweepPoint(0.5, 100, 10, 20, 5, 40, double.NaN),
    ]);

    private static (double X, double Y)[] Points(XElement polyline) =>
        polyline.Attribute("points")!.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(',')).Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture))).ToArray();

    [Fact]
    public void Draws_one_line_per_method_and_a_legend_entry_for_each()
    {
        var doc = XDocument.Parse(SweepPlot.Svg(Result()));

        var series = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").ToList();
        Assert.Equal(["AFDE", "AFDE + data", "magnitude", "Wanda", "uncompressed"], series.Select(g => (string)g.Attribute("data-name")!));
        var legend = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.Equal(["AFDE", "AFDE + data", "magnitude", "Wanda", "uncompressed"], legend.Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal("toy", doc.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "title").Value);
    }

    [Fact]
    public void Places_points_by_kept_percentage_and_error_inside_the_plot_area()
    {
        var plot = SweepPlot.Create(Result());
        var doc = XDocument.Parse(plot.Render());
        var afde = Points(doc.Descendants(Svg + "g").First(g => (string?)g.Attribute("data-name") == "AFDE").Element(Svg + "polyline")!);

        Assert.Equal(3, afde.Length);
        Assert.All(afde, p => Assert.InRange(p.X, SvgLinePlot.Left, SvgLinePlot.Right));
        Assert.All(afde, p => Assert.InRange(p.Y, SvgLinePlot.Top, SvgLinePlot.Bottom));
        // Sorted by kept percentage: 10%, 50%, 90%, so x grows and the error (falling) moves up the page.
        Assert.True(afde[0].X < afde[1].X && afde[1].X < afde[2].X);
        Assert.True(afde[0].Y < afde[1].Y && afde[1].Y < afde[2].Y);
        Assert.Equal(plot.PixelX(50), afde[1].X, 2);
        Assert.Equal(plot.PixelY(2), afde[1].Y, 2);
    }

    [Fact]
    public void Leaves_out_missing_values()
    {
        var doc = XDocument.Parse(SweepPlot.Svg(Result()));
        var wanda = doc.Descendants(Svg + "g").First(g => (string?)g.Attribute("data-name") == "Wanda");
        Assert.Equal(2, Points(wanda.Element(Svg + "polyline")!).Length);
        Assert.Equal(2, wanda.Elements(Svg + "circle").Count());
    }

    [Fact]
    public void Labels_axes_with_ticks_spanning_the_data()
    {
        var plot = SweepPlot.Create(Result());
        var doc = XDocument.Parse(plot.Render());
        var xTicks = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "x-axis").Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value).ToList();
        Assert.Equal(["0", "20", "40", "60", "80", "100"], xTicks);
        // Errors span 0.5 to 40: a logarithmic axis with decades from 0.1 to 100.
        Assert.True(plot.Y.Logarithmic);
        var yTicks = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "y-axis").Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value).ToList();
        Assert.Equal(["0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100"], yTicks);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "parameters kept (%)");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "test RMSE");
    }

    [Theory]
    [InlineData(0, 7.3, 0, 8, 2)]
    [InlineData(0.13, 0.92, 0, 1, 0.2)]
    [InlineData(-3, 42, -10, 50, 10)]
    public void Linear_axes_end_on_nice_ticks(double min, double max, double lo, double hi, double step)
    {
        var axis = PlotAxis.Linear(min, max);
        Assert.Equal(lo, axis.Min, 9);
        Assert.Equal(hi, axis.Max, 9);
        Assert.Equal(step, axis.Ticks[1] - axis.Ticks[0], 9);
        Assert.Equal(0, axis.Map(lo, 0, 100), 9);
        Assert.Equal(100, axis.Map(hi, 0, 100), 9);
    }

    [Fact]
    public void Escapes_text()
    {
        var plot = new SvgLinePlot("a < b & c", "x", "y", PlotAxis.Linear(0, 1), PlotAxis.Linear(0, 1), [new PlotSeries("\"q\"", "red", [new PlotPoint(0.5, 0.5)])]);
        var doc = XDocument.Parse(plot.Render());
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "a < b & c");
    }
}
