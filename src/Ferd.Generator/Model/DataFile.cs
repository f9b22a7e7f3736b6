namespace Ferd.Generator
{
    /// <summary>A CSV file the build targets made visible: its project-relative path and its text.</summary>
    internal sealed record DataFile(string ProjectPath, string Text);
}
