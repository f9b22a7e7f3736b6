namespace Ferd.Generator
{
    /// <summary>
    /// What the compile step needs: the options and the matched model's content, or the list of
    /// known model paths when nothing matched (for the diagnostic).
    /// </summary>
    internal sealed record CompileInput(NetworkOptions Options, string? ModelBase64, EquatableArray<string> KnownModels);
}
