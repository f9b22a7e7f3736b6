using System.Collections.Generic;
using System.Globalization;

namespace Ferd.Compiling
{
    /// <summary>
    /// The one check of <see cref="CompileSettings"/>: every problem with the settings themselves,
    /// before a model or a data file is read. The attribute and the command line refuse exactly
    /// what this refuses.
    /// </summary>
    public static class SettingsRules
    {
        public static IReadOnlyList<RequestProblem> Problems(CompileSettings settings)
        {
            var problems = Values(settings.Epsilon, settings.MaxParameters, settings.MaxError);
            if (settings.MaxError.HasValue && settings.Validation == null && settings.Calibration == null)
                problems.Add(Option("{0} is measured on data: give {1}, or {2} to measure against the original network.", RequestOption.MaxError, RequestOption.ValidationData, RequestOption.CalibrationData));
            if (settings.Validation != null && !settings.MaxError.HasValue)
                problems.Add(Option("{0} only serves {1}: give {1}, or leave {0} out.", RequestOption.ValidationData, RequestOption.MaxError));
            return problems;
        }

        /// <summary>The problems of the tolerance's and the budgets' values: each on its own, then both budgets at once.</summary>
        public static List<RequestProblem> Values(double epsilon, int? maxParameters, double? maxError)
        {
            var problems = new List<RequestProblem>();
            if (!IsFiniteAtLeastZero(epsilon))
                problems.Add(Option(Invariant("{{0}} must be a finite number ≥ 0 (0 merges exact copies only), got {0}.", epsilon), RequestOption.Epsilon));
            if (maxParameters is int parameters && parameters <= 0)
                problems.Add(Option(Invariant("{{0}} must be a positive number of parameters, got {0}.", parameters), RequestOption.MaxParameters));
            if (maxError is double error && !(IsFiniteAtLeastZero(error) && error > 0))
                problems.Add(Option(Invariant("{{0}} must be a finite root-mean-square error > 0, got {0}.", error), RequestOption.MaxError));
            if (maxParameters.HasValue && maxError.HasValue)
                problems.Add(Option("Give either {0} or {1}, not both.", RequestOption.MaxParameters, RequestOption.MaxError));
            return problems;
        }

        private static RequestProblem Option(string sentence, params RequestOption[] options) => new RequestProblem(ProblemKind.Option, sentence, options);

        private static bool IsFiniteAtLeastZero(double value) => !double.IsNaN(value) && !double.IsInfinity(value) && value >= 0;

        // "R" echoes the exact value the user gave, culture-invariant.
        private static string Invariant(string format, double value) =>
            string.Format(CultureInfo.InvariantCulture, format, value.ToString("R", CultureInfo.InvariantCulture));

        private static string Invariant(string format, int value) => string.Format(CultureInfo.InvariantCulture, format, value);
    }
}
