namespace Ferd.Generator
{
    /// <summary>The compile step's result: generated source (or none) and location-free diagnostics.</summary>
    internal sealed record CompileOutcome(string Key, string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public CompileOutcome(string key, string hintName, string? source, DiagnosticInfo diagnostic)
            : this(key, hintName, source, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }))
        {
        }
    }
}
