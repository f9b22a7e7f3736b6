namespace Ferd.Generator
{
    /// <summary>A CSV file the build targets, or an additional file's name, made visible: its path and its text.</summary>
    internal sealed record DataFile(string ProjectPath, string Text, bool ByName = false) : IVisibleFile;
}
