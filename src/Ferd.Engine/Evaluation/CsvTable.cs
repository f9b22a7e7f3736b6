using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Ferd.Evaluation
{
    /// <summary>
    /// A numeric CSV table with one header row, read with the invariant culture. Small and strict on
    /// purpose: the generator reads calibration data with it inside the compiler, where no CSV
    /// library may be loaded, and a malformed cell is reported by row and column.
    /// </summary>
    public sealed class CsvTable
    {
        public CsvTable(IReadOnlyList<string> columns, double[][] rows)
        {
            Columns = columns;
            Rows = rows;
        }

        public IReadOnlyList<string> Columns { get; }

        public double[][] Rows { get; }

        public static CsvTable Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

        /// <summary>Parses CSV text; <paramref name="source"/> names it in error messages.</summary>
        public static CsvTable Parse(string text, string source = "CSV")
        {
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            int first = lines.FindIndex(l => l.Trim().Length > 0);
            if (first < 0) throw new FormatException($"{source}: empty; expected a header row.");
            string[] columns = lines[first].Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            var rows = new List<double[]>();
            for (int i = first + 1; i < lines.Count; i++)
            {
                if (lines[i].Trim().Length == 0) continue;
                string[] cells = lines[i].Split(',');
                if (cells.Length != columns.Length)
                    throw new FormatException($"{source}: line {i + 1} has {cells.Length} cells, the header has {columns.Length}.");
                var row = new double[cells.Length];
                for (int c = 0; c < cells.Length; c++)
                {
                    if (!double.TryParse(cells[c].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]))
                        throw new FormatException($"{source}: line {i + 1}, column '{columns[c]}': '{cells[c].Trim()}' is not a number.");
                }
                rows.Add(row);
            }
            return new CsvTable(columns, rows.ToArray());
        }

        /// <summary>
        /// The model's inputs: the columns x0..x{n-1} when all are present, else the first n columns,
        /// each rounded to float as the model's float tensor receives it. Unrounded, a cell such as 0.998
        /// differs from the float the graph's normalizer subtracts by 2.6e-8, which a spread of 1e-8 (a
        /// feature constant in training) turns into an input of -2.6 the model never sees.
        /// </summary>
        public double[][] Inputs(int count)
        {
            int[] indices = Enumerable.Range(0, count).Select(i => IndexOf("x" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            if (indices.Any(i => i < 0))
            {
                if (Columns.Count < count)
                    throw new FormatException($"The model takes {count} inputs but the CSV has {Columns.Count} columns.");
                indices = Enumerable.Range(0, count).ToArray();
            }
            return Select(indices, cell => (float)cell);
        }

        /// <summary>The columns named <paramref name="prefix"/>0.. (e.g. out0.. or y0..), or a lone column named <paramref name="prefix"/>.</summary>
        public double[][] Columnset(string prefix, int count)
        {
            if (count == 1 && IndexOf(prefix) >= 0) return Select(new[] { IndexOf(prefix) }, cell => cell);
            int[] indices = Enumerable.Range(0, count).Select(i => IndexOf(prefix + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            int missing = Array.IndexOf(indices, -1);
            if (missing >= 0) throw new FormatException($"The CSV has no column '{prefix}{missing}'.");
            return Select(indices, cell => cell);
        }

        public int IndexOf(string column)
        {
            for (int i = 0; i < Columns.Count; i++)
            {
                if (string.Equals(Columns[i], column, StringComparison.Ordinal)) return i;
            }
            return -1;
        }

        private double[][] Select(int[] indices, Func<double, double> cell) => Rows.Select(r => indices.Select(i => cell(r[i])).ToArray()).ToArray();
    }
}
