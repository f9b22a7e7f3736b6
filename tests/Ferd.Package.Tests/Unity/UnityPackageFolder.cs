using Ferd.Unity;

namespace Ferd.Package.Tests.Unity;

/// <summary>The Unity package as src/Ferd.Unity writes it, once per test run.</summary>
internal static class UnityPackageFolder
{
    private static readonly Lazy<string> Written = new(() =>
    {
        string folder = Path.Combine(Scratch.Folder("ferd-unity-"), UnityPackage.Name);
        UnityPackage.Write(folder);
        return folder;
    });

    public static string Root => Written.Value;

    public static string[] Analyzers => Directory.GetFiles(Path.Combine(Root, "Analyzers"), "*.dll").Order(StringComparer.Ordinal).ToArray();

    public static string Runtime => Path.Combine(Root, "Runtime", "Ferd.Runtime.dll");

    public static string Editor(string file) => Path.Combine(Root, "Editor", file);
}
