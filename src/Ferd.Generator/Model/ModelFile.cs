namespace Ferd.Generator
{
    /// <summary>
    /// A model the build targets made visible: its original project-relative path and its bytes
    /// as base64 text (additional files reach generators only as text).
    /// </summary>
    internal sealed record ModelFile(string ProjectPath, string Base64);
}
