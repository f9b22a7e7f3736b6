namespace Ferd.Generator
{
    /// <summary>
    /// A model or CSV the generator can see: tagged by the build targets with its project-relative
    /// path, or, where MSBuild does not run (Unity), known only by the name of its additional file
    /// (<see cref="Ferd.Unity.FerdAdditionalFiles"/>); then <see cref="ProjectPath"/> is the file name it stands for.
    /// </summary>
    internal interface IVisibleFile
    {
        string ProjectPath { get; }

        bool ByName { get; }
    }
}
