namespace Ferd.Generator
{
    /// <summary>
    /// Where a diagnostic points: the argument or name it is about. Option sites carry the
    /// attribute property's name; a diagnostic about an option not written points at the attribute.
    /// </summary>
    internal enum DiagnosticSite
    {
        ModelPath,
        Epsilon,
        ClassName,
        MaxParameters,
        MaxError,
        CalibrationData,
        ValidationData,
        FastActivations,
    }
}
