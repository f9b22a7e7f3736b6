namespace Ferd.Generator
{
    /// <summary>A diagnostic as plain values; the location is attached when it is reported.</summary>
    internal sealed record DiagnosticInfo(string Id, DiagnosticSite Site, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(string id, DiagnosticSite site, params string[] arguments) =>
            new DiagnosticInfo(id, site, new EquatableArray<string>(arguments));
    }
}
