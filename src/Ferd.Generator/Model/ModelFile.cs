namespace Ferd.Generator
{
    /// <summary>
    /// A model the build targets, or an additional file's name, made visible: its path and its bytes
    /// as base64 text (additional files reach generators only as text).
    /// </summary>
    internal sealed record ModelFile(string ProjectPath, string Base64, bool ByName = false) : IVisibleFile;
}
