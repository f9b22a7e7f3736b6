using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>
    /// A model's sweep: its size and test RMSE uncompressed, one point per tolerance, and the kept
    /// percentages asked for that no tolerance reaches (AFDE cannot make the network that small).
    /// </summary>
    public sealed record SweepResult(string Model, int OriginalParameters, double TestRmse, IReadOnlyList<SweepPoint> Points, IReadOnlyList<double>? Unreached = null)
    {
        public IReadOnlyList<double> Unreached { get; } = Unreached ?? Array.Empty<double>();

        /// <summary>
        /// The points between <paramref name="minKept"/> and <paramref name="maxKept"/> percent kept where
        /// <paramref name="method"/> is at most the better baseline, and how many points there are. A size
        /// in the range that AFDE did not reach is a point, and a loss: the baselines reach every size.
        /// </summary>
        public (int Wins, int Points) WinsOverBaselines(Func<SweepPoint, double> method, double minKept = 10, double maxKept = 90)
        {
            var range = Points.Where(p => p.KeptPercent >= minKept && p.KeptPercent <= maxKept).ToList();
            int unreached = Unreached.Count(k => k >= minKept && k <= maxKept);
            return (range.Count(p => method(p) <= p.BestBaseline), range.Count + unreached);
        }

        /// <summary>
        /// <c>{"model", "original_params", "test_rmse", "points": [{"epsilon", "params", "kept_percent",
        /// "rmse": {"afde", "afde_refit", "magnitude", "wanda"}}], "unreached_percent": [..]}</c>, numbers
        /// round-trip, culture-invariant.
        /// </summary>
        public string ToJson()
        {
            var json = new JsonText();
            json.BeginObject();
            json.Property("model", Model);
            json.Property("original_params", OriginalParameters);
            json.Property("test_rmse", TestRmse);
            json.BeginArray("points");
            foreach (var p in Points)
            {
                json.BeginObject();
                json.Property("epsilon", p.Epsilon);
                json.Property("params", p.Parameters);
                json.Property("kept_percent", p.KeptPercent);
                json.BeginObject("rmse");
                json.Property("afde", p.Afde);
                json.Property("afde_refit", p.AfdeRefit);
                json.Property("magnitude", p.Magnitude);
                json.Property("wanda", p.Wanda);
                json.EndObject();
                json.EndObject();
            }
            json.EndArray();
            json.BeginArray("unreached_percent");
            foreach (double kept in Unreached) json.Value(kept);
            json.EndArray();
            json.EndObject();
            return json.ToString();
        }

        /// <summary>
        /// The model's size and error, the win counts between 10% and 90% kept, a Markdown table of the
        /// points with the best RMSE of each row in bold, then the sizes not reached.
        /// </summary>
        public string ToMarkdown()
        {
            var text = new StringBuilder();
            var (dataFree, points) = WinsOverBaselines(p => p.Afde);
            var (withData, _) = WinsOverBaselines(p => p.AfdeRefit);
            text.Append(string.Format(CultureInfo.InvariantCulture,
                "{0} parameters, test RMSE {1} uncompressed. Between 10% and 90% kept, data-free AFDE is at or below the better baseline at {2} of {3} points, AFDE with calibration at {4} of {3}.\n\n",
                OriginalParameters, Number(TestRmse), dataFree, points, withData));
            text.Append("| ε | params | kept | AFDE | AFDE + data | magnitude | Wanda |\n");
            text.Append("|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var p in Points)
            {
                double best = new[] { p.Afde, p.AfdeRefit, p.Magnitude, p.Wanda }.Min();
                string Cell(double v) => v == best ? "**" + Number(v) + "**" : Number(v);
                text.Append(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:0.0}% | {3} | {4} | {5} | {6} |\n",
                    Number(p.Epsilon), p.Parameters, p.KeptPercent, Cell(p.Afde), Cell(p.AfdeRefit), Cell(p.Magnitude), Cell(p.Wanda)));
            }
            if (Unreached.Count > 0)
                text.Append("\nNot reached by any ε: ").Append(string.Join(", ", Unreached.Select(k => k.ToString("0.#", CultureInfo.InvariantCulture) + "%"))).Append(" kept.\n");
            return text.ToString();
        }

        private static string Number(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
    }
}
