using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>
    /// A small line-plot writer producing standalone SVG: axes with ticks and labels, one polyline
    /// with markers per series, and a legend. Written here because no plotting library is available;
    /// output is deterministic and culture-invariant.
    /// </summary>
    public sealed class SvgLinePlot
    {
        public const double Width = 760, Height = 460;
        public const double Left = 78, Right = 590, Top = 44, Bottom = 396;

        public SvgLinePlot(string title, string xLabel, string yLabel, PlotAxis x, PlotAxis y, IReadOnlyList<PlotSeries> series)
        {
            Title = title;
            XLabel = xLabel;
            YLabel = yLabel;
            X = x;
            Y = y;
            Series = series;
        }

        public string Title { get; }

        public string XLabel { get; }

        public string YLabel { get; }

        public PlotAxis X { get; }

        public PlotAxis Y { get; }

        public IReadOnlyList<PlotSeries> Series { get; }

        public double PixelX(double x) => X.Map(x, Left, Right);

        public double PixelY(double y) => Y.Map(y, Bottom, Top);

        public string Render()
        {
            var svg = new StringBuilder();
            svg.Append(Format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n", Width, Height));
            svg.Append(Format("<rect width=\"{0}\" height=\"{1}\" fill=\"white\"/>\n", Width, Height));
            svg.Append(Format("<text class=\"title\" x=\"{0}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{1}</text>\n", (Left + Right) / 2, Escape(Title)));
            AppendAxes(svg);
            foreach (var s in Series) AppendSeries(svg, s);
            AppendLegend(svg);
            svg.Append("</svg>\n");
            return svg.ToString();
        }

        private void AppendAxes(StringBuilder svg)
        {
            // Grid first, so the axes are drawn over it.
            svg.Append("<g class=\"grid\">\n");
            foreach (double t in X.Ticks) svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#ddd\"/>\n", PixelX(t), Top, Bottom));
            foreach (double t in Y.Ticks) svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#ddd\"/>\n", Left, PixelY(t), Right));
            svg.Append("</g>\n<g class=\"x-axis\">\n");
            svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"black\"/>\n", Left, Bottom, Right));
            foreach (double t in X.Ticks)
            {
                double px = PixelX(t);
                svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"black\"/>\n", px, Bottom, Bottom + 5));
                svg.Append(Format("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">{2}</text>\n", px, Bottom + 19, PlotAxis.Label(t)));
            }
            svg.Append(Format("<text class=\"label\" x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">{2}</text>\n", (Left + Right) / 2, Bottom + 42, Escape(XLabel)));
            svg.Append("</g>\n<g class=\"y-axis\">\n");
            svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"black\"/>\n", Left, Top, Bottom));
            foreach (double t in Y.Ticks)
            {
                double py = PixelY(t);
                svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"black\"/>\n", Left - 5, py, Left));
                svg.Append(Format("<text class=\"tick\" x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text>\n", Left - 8, py + 4, PlotAxis.Label(t)));
            }
            svg.Append(Format("<text class=\"label\" x=\"20\" y=\"{0}\" text-anchor=\"middle\" transform=\"rotate(-90 20 {0})\">{1}</text>\n", (Top + Bottom) / 2, Escape(YLabel)));
            svg.Append("</g>\n");
        }

        private void AppendSeries(StringBuilder svg, PlotSeries series)
        {
            var visible = series.Points.Where(p => IsFinite(p.X) && IsFinite(p.Y) && (!Y.Logarithmic || p.Y > 0) && (!X.Logarithmic || p.X > 0)).ToList();
            string points = string.Join(" ", visible.Select(p => Format("{0},{1}", PixelX(p.X), PixelY(p.Y))));
            string dash = series.Dashed ? " stroke-dasharray=\"6 4\"" : "";
            svg.Append(Format("<g class=\"series\" data-name=\"{0}\">\n", Escape(series.Name)));
            svg.Append(Format("<polyline points=\"{0}\" fill=\"none\" stroke=\"{1}\" stroke-width=\"2\"{2}/>\n", points, series.Color, dash));
            if (!series.Dashed)
            {
                foreach (var p in visible) svg.Append(Format("<circle cx=\"{0}\" cy=\"{1}\" r=\"3\" fill=\"{2}\"/>\n", PixelX(p.X), PixelY(p.Y), series.Color));
            }
            svg.Append("</g>\n");
        }

        private void AppendLegend(StringBuilder svg)
        {
            svg.Append("<g class=\"legend\">\n");
            for (int i = 0; i < Series.Count; i++)
            {
                double y = Top + 10 + 22 * i;
                string dash = Series[i].Dashed ? " stroke-dasharray=\"6 4\"" : "";
                svg.Append(Format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\" stroke-width=\"2\"{4}/>\n", Right + 18, y, Right + 42, Series[i].Color, dash));
                svg.Append(Format("<text x=\"{0}\" y=\"{1}\">{2}</text>\n", Right + 48, y + 4, Escape(Series[i].Name)));
            }
            svg.Append("</g>\n");
        }

        private static bool IsFinite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

        private static string Format(string format, params object[] args) =>
            string.Format(CultureInfo.InvariantCulture, format, args.Select(a => a is double d ? (object)Math.Round(d, 2) : a).ToArray());

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
