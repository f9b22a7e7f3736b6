using System.Globalization;
using System.Linq;
using Ferd.Evaluation;

namespace Ferd.Compiling
{
    /// <summary>
    /// What compression runs: a tolerance, or a budget the tolerance is searched for, with the data
    /// already read for the network (<see cref="Compiler"/> makes it from <see cref="CompileSettings"/>).
    /// </summary>
    public sealed record CompressionRequest
    {
        /// <summary>The AFDE tolerance; ignored when a budget is given.</summary>
        public double Epsilon { get; init; }

        /// <summary>Parameter budget: the least error within this many parameters.</summary>
        public int? MaxParameters { get; init; }

        /// <summary>Error budget: the smallest network whose validation RMSE is at most this.</summary>
        public double? MaxError { get; init; }

        /// <summary>
        /// Calibration inputs: lumping measures distances on them, the compressed weights are refit to
        /// the original's values on them, and their range is the box of the certified bound.
        /// </summary>
        public double[][]? Calibration { get; init; }

        /// <summary>Validation inputs for <see cref="MaxError"/>.</summary>
        public double[][]? ValidationInputs { get; init; }

        /// <summary>Validation targets; when absent the original network's outputs are the targets.</summary>
        public double[][]? ValidationTargets { get; init; }

        /// <summary>The box for the certified bound; when absent, the calibration data's range.</summary>
        public InputBox? Box { get; init; }

        /// <summary>
        /// What is wrong with the request for this many inputs, or null when it can run. The values
        /// are checked as <see cref="SettingsRules"/> checks settings; the rest is the data's shape,
        /// which <see cref="Compiler"/> has read to fit already.
        /// </summary>
        public RequestProblem? Problem(int inputCount)
        {
            var values = SettingsRules.Values(Epsilon, MaxParameters, MaxError);
            if (values.Count > 0) return values[0];
            if (MaxError.HasValue && (ValidationInputs == null || ValidationInputs.Length == 0))
                return Option("{0} needs rows to measure the error on.", RequestOption.MaxError);
            if (Calibration != null && Calibration.Length == 0)
                return Option("{0} has no rows.", RequestOption.CalibrationData);
            if (ValidationTargets != null && ValidationInputs != null && ValidationTargets.Length != ValidationInputs.Length)
                return Option("{0} has a different number of inputs and targets.", RequestOption.ValidationData);
            var rows = (Calibration ?? new double[0][]).Concat(ValidationInputs ?? new double[0][]);
            if (rows.Any(r => r.Length != inputCount))
                return Option(Invariant("Every row of {{0}} and {{1}} needs {0} inputs.", inputCount), RequestOption.CalibrationData, RequestOption.ValidationData);
            if (Box != null && Box.Dimension != inputCount)
                return Option(Invariant("The input box has {0} features; the network takes {1}.", Box.Dimension, inputCount));
            return null;
        }

        private static RequestProblem Option(string sentence, params RequestOption[] options) => new RequestProblem(ProblemKind.Option, sentence, options);

        private static string Invariant(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
