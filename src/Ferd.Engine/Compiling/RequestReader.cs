using System;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Compiling
{
    /// <summary>
    /// Reads the data files of <see cref="CompileSettings"/> for a network whose input and output
    /// counts are now known, into the <see cref="CompressionRequest"/> compression runs.
    /// </summary>
    internal static class RequestReader
    {
        /// <exception cref="DataProblemException">A data file is malformed or does not fit the network.</exception>
        public static CompressionRequest Read(CompileSettings settings, Network network)
        {
            var request = new CompressionRequest
            {
                Epsilon = settings.Epsilon,
                MaxParameters = settings.MaxParameters,
                MaxError = settings.MaxError,
            };
            if (settings.Calibration is { } calibration)
            {
                var table = Table(RequestOption.CalibrationData, calibration);
                request = request with { Calibration = Columns(RequestOption.CalibrationData, calibration, () => table.Inputs(network.InputCount)) };
            }
            if (settings.Validation is { } validation)
            {
                var table = Table(RequestOption.ValidationData, validation);
                // Without target columns the error is measured against the original network's outputs.
                bool hasTargets = table.IndexOf("y0") >= 0 || (network.OutputCount == 1 && table.IndexOf("y") >= 0);
                request = request with
                {
                    ValidationInputs = Columns(RequestOption.ValidationData, validation, () => table.Inputs(network.InputCount)),
                    ValidationTargets = hasTargets ? Columns(RequestOption.ValidationData, validation, () => table.Columnset("y", network.OutputCount)) : null,
                };
            }
            else if (request.MaxError.HasValue)
            {
                // Without validation data the error is measured against the original network on the calibration rows.
                request = request with { ValidationInputs = request.Calibration };
            }
            return request;
        }

        private static CsvTable Table(RequestOption option, DataText data)
        {
            CsvTable table;
            try
            {
                table = CsvTable.Parse(data.Text, data.Path);
            }
            catch (FormatException e)
            {
                // The problem names the file already.
                string prefix = data.Path + ": ";
                throw new DataProblemException(option, data.Path, e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message.Substring(prefix.Length) : e.Message);
            }
            if (table.Rows.Length == 0) throw new DataProblemException(option, data.Path, "It has a header but no rows.");
            return table;
        }

        private static double[][] Columns(RequestOption option, DataText data, Func<double[][]> select)
        {
            double[][] rows;
            try
            {
                rows = select();
            }
            catch (FormatException e)
            {
                throw new DataProblemException(option, data.Path, e.Message);
            }
            int bad = Array.FindIndex(rows, r => r.Any(v => double.IsNaN(v) || double.IsInfinity(v)));
            if (bad >= 0) throw new DataProblemException(option, data.Path, "Data row " + Emit.Invariant.Int(bad + 1) + " holds a NaN or infinite value.");
            return rows;
        }
    }
}
