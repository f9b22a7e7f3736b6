namespace Ferd.Generator
{
    /// <summary>Where a diagnostic points: the argument or name it is about.</summary>
    internal enum DiagnosticSite
    {
        ModelPath,
        Epsilon,
        ClassName,
    }
}
