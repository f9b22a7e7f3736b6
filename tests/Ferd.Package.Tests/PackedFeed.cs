namespace Ferd.Package.Tests;

/// <summary>
/// Packs Ferd once into a temporary local feed, building into its own artifacts folder, and
/// gives consumer projects a NuGet configuration and an isolated package cache, so a stale
/// cached Ferd never hides a change.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("ferd-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["FERD_ARTIFACTS"] = Path.Combine(Root, "artifacts"),
        };
        string project = RepositoryFiles.Path("src", "Ferd.Package", "Ferd.Package.csproj");
        var (exitCode, output) = DotNet.Run(Root, Environment, "pack", project, "-c", "Release", "-o", Feed, "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        if (exitCode != 0) throw new InvalidOperationException("Packing Ferd failed:\n" + output);
        Package = Directory.GetFiles(Feed, "Ferd.*.nupkg").Single();
    }

    public string Root { get; }
    public string Feed { get; }
    public string Package { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }

    public string Version => Path.GetFileNameWithoutExtension(Package)["Ferd.".Length..];

    /// <summary>A fresh consumer folder with a nuget.config: the local feed, then nuget.org.</summary>
    public string NewConsumer(string name)
    {
        string folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="ferd" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return folder;
    }

    public (int ExitCode, string Output) Build(string consumer, params string[] extra) =>
        DotNet.Run(consumer, Environment, DotNet.Build(extra));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
