namespace Ferd.Generator
{
    /// <summary>
    /// The named properties of <c>CompressedNetworkAttribute</c> (Ferd.Runtime), spelled as it
    /// declares them, and the diagnostic site of each one's argument. A test holds these to the
    /// attribute itself.
    /// </summary>
    internal static class AttributeProperties
    {
        public const string Epsilon = nameof(Epsilon);
        public const string MaxParameters = nameof(MaxParameters);
        public const string MaxError = nameof(MaxError);
        public const string CalibrationData = nameof(CalibrationData);
        public const string ValidationData = nameof(ValidationData);
        public const string FastActivations = nameof(FastActivations);
        public const string Vectorize = nameof(Vectorize);
        public const string Output = nameof(Output);

        public static readonly string[] All = { Epsilon, MaxParameters, MaxError, CalibrationData, ValidationData, FastActivations, Vectorize, Output };

        /// <summary>The site of a named argument, or null for a name the attribute does not have.</summary>
        public static DiagnosticSite? SiteOf(string property) => property switch
        {
            Epsilon => DiagnosticSite.Epsilon,
            MaxParameters => DiagnosticSite.MaxParameters,
            MaxError => DiagnosticSite.MaxError,
            CalibrationData => DiagnosticSite.CalibrationData,
            ValidationData => DiagnosticSite.ValidationData,
            FastActivations => DiagnosticSite.FastActivations,
            Vectorize => DiagnosticSite.Vectorize,
            Output => DiagnosticSite.Output,
            _ => null,
        };

        /// <summary>The property whose argument a site is, or null for the model path and the class name.</summary>
        public static string? PropertyOf(DiagnosticSite site) => site switch
        {
            DiagnosticSite.Epsilon => Epsilon,
            DiagnosticSite.MaxParameters => MaxParameters,
            DiagnosticSite.MaxError => MaxError,
            DiagnosticSite.CalibrationData => CalibrationData,
            DiagnosticSite.ValidationData => ValidationData,
            DiagnosticSite.FastActivations => FastActivations,
            DiagnosticSite.Vectorize => Vectorize,
            DiagnosticSite.Output => Output,
            _ => null,
        };
    }
}
