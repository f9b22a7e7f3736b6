using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Generator
{
    /// <summary>
    /// Turns the attribute's options and the text of its data files into Engine's
    /// <see cref="CompressionRequest"/>, once the network (and so its input and output counts) is known.
    /// </summary>
    internal static class RequestBuilder
    {
        /// <exception cref="DataFileException">A data file is malformed or does not fit the network.</exception>
        public static CompressionRequest Build(CompileInput input, Network network)
        {
            var options = input.Options;
            var request = new CompressionRequest
            {
                Epsilon = options.Epsilon,
                MaxParameters = options.MaxParameters > 0 ? options.MaxParameters : null,
                MaxError = options.MaxError > 0 ? options.MaxError : null,
            };
            if (options.CalibrationData != null)
            {
                var table = Table(DiagnosticSite.CalibrationData, options.CalibrationData, input.CalibrationText!);
                request = request with { Calibration = Columns(DiagnosticSite.CalibrationData, options.CalibrationData, () => table.Inputs(network.InputCount)) };
            }
            if (options.ValidationData != null)
            {
                var table = Table(DiagnosticSite.ValidationData, options.ValidationData, input.ValidationText!);
                // Without target columns the error is measured against the original network, as the CLI does.
                bool hasTargets = table.IndexOf("y0") >= 0 || (network.OutputCount == 1 && table.IndexOf("y") >= 0);
                request = request with
                {
                    ValidationInputs = Columns(DiagnosticSite.ValidationData, options.ValidationData, () => table.Inputs(network.InputCount)),
                    ValidationTargets = hasTargets ? Columns(DiagnosticSite.ValidationData, options.ValidationData, () => table.Columnset("y", network.OutputCount)) : null,
                };
            }
            else if (request.MaxError.HasValue)
            {
                // Without validation data the error is measured against the original network on the calibration rows.
                request = request with { ValidationInputs = request.Calibration };
            }
            return request;
        }

        private static CsvTable Table(DiagnosticSite site, string path, string text)
        {
            CsvTable table;
            try
            {
                table = CsvTable.Parse(text, path);
            }
            catch (FormatException e)
            {
                // The diagnostic names the file already.
                string prefix = path + ": ";
                throw new DataFileException(site, path, e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message.Substring(prefix.Length) : e.Message);
            }
            if (table.Rows.Length == 0) throw new DataFileException(site, path, "It has a header but no rows.");
            return table;
        }

        private static double[][] Columns(DiagnosticSite site, string path, Func<double[][]> select)
        {
            double[][] rows;
            try
            {
                rows = select();
            }
            catch (FormatException e)
            {
                throw new DataFileException(site, path, e.Message);
            }
            int bad = Array.FindIndex(rows, r => r.Any(v => double.IsNaN(v) || double.IsInfinity(v)));
            if (bad >= 0) throw new DataFileException(site, path, "Data row " + Ferd.Emit.Invariant.Int(bad + 1) + " holds a NaN or infinite value.");
            return rows;
        }
    }
}
