namespace Ferd.Generator
{
    /// <summary>A model or CSV item of the project whose file does not exist: the path the project lists it under, and where it was looked for.</summary>
    internal sealed record MissingFile(string ProjectPath, string FullPath);
}
