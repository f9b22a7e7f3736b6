namespace Ferd.Generator
{
    /// <summary>The compile step's result: generated source (or none) and location-free diagnostics.</summary>
    internal sealed record CompileOutcome(string Key, string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
}
