using System.Reflection;
using System.Runtime.Loader;

namespace Ferd.Package.Tests.Unity;

/// <summary>
/// The package's editor script compiled as Unity would (csc, C# 9, warnings as errors) against
/// <c>UnityStub.cs</c>, and run on a Unity project folder. Each instance loads it afresh, with
/// empty records of what it imported and warned about.
/// </summary>
internal sealed class EditorScript
{
    private static readonly Lazy<string> Compiled = new(() =>
    {
        string dll = Path.Combine(Scratch.Folder("ferd-editor-"), "Ferd.Editor.dll");
        var (exitCode, output) = UnityCsc.Compile(dll,
            [UnityPackageFolder.Editor("FerdModelPostprocessor.cs"), UnityPackageFolder.Editor("FerdAdditionalFiles.cs"), RepositoryFiles.Path("tests", "Ferd.Package.Tests", "Unity", "UnityStub.cs")],
            [], [], []);
        if (exitCode != 0) throw new InvalidOperationException("The editor script does not compile:\n" + output);
        return dll;
    });

    private readonly Assembly _assembly = new AssemblyLoadContext("FerdEditor", isCollectible: true).LoadFromAssemblyPath(Compiled.Value);

    /// <param name="project">The Unity project folder, holding Assets/.</param>
    public EditorScript(string project)
    {
        _assembly.GetType("UnityEngine.Application")!.GetProperty("dataPath")!.SetValue(null, Path.Combine(project, "Assets"));
    }

    public List<string> Imported => Recorded("UnityEditor.AssetDatabase", "Imported");

    public List<string> Warnings => Recorded("UnityEngine.Debug", "Warnings");

    /// <summary>What Unity calls after an import: asset paths relative to the project, with '/'.</summary>
    public void Postprocess(string[] imported, string[] deleted, string[]? moved = null, string[]? movedFrom = null) =>
        _assembly.GetType("Ferd.Unity.FerdModelPostprocessor")!
            .GetMethod("OnPostprocessAllAssets", BindingFlags.NonPublic | BindingFlags.Static)!
            .Invoke(null, [imported, deleted, moved ?? [], movedFrom ?? []]);

    private List<string> Recorded(string type, string field) => (List<string>)_assembly.GetType(type)!.GetField(field)!.GetValue(null)!;
}
