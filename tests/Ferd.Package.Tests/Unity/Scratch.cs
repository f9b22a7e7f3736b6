namespace Ferd.Package.Tests.Unity;

/// <summary>A temporary folder that outlives single tests (what they share, written once) and is removed when the test run ends.</summary>
internal static class Scratch
{
    public static string Folder(string prefix)
    {
        string folder = Directory.CreateTempSubdirectory(prefix).FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }
}
