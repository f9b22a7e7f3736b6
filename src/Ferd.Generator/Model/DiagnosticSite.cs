namespace Ferd.Generator
{
    /// <summary>
    /// Where a diagnostic points: the argument or name it is about. An option's site is its named
    /// argument (<see cref="AttributeProperties"/>); one about an option not written points at the attribute.
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
        Vectorize,
        Output,
    }
}
