namespace Ferd.Tests;

/// <summary>
/// Finds files of this checkout from a test's output folder. Source paths compiled into the
/// tests cannot be used: CI builds map them to /_/ for deterministic output.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The folder of the test project this code is compiled into.</summary>
    public static string TestProject => Path("tests", typeof(RepositoryFiles).Assembly.GetName().Name!);

    private static string Locate()
    {
        foreach (string? start in new[] { AppContext.BaseDirectory, BuiltFrom() })
        {
            for (var dir = start == null ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Ferd.Generator.sln"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (Ferd.Generator.sln) was not found.");
    }

    /// <summary>
    /// The checkout the tests were built from, as tests/Directory.Build.props records it: for output
    /// kept outside the checkout (FERD_ARTIFACTS), where walking up never reaches it.
    /// </summary>
    private static string? BuiltFrom() =>
        typeof(RepositoryFiles).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Ferd.RepositoryRoot")?.Value;
}
