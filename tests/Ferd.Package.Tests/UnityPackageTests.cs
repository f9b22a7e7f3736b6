using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ferd.Package.Tests.Unity;

namespace Ferd.Package.Tests;

/// <summary>The Unity package's layout and metadata, as Unity reads them from an immutable package folder.</summary>
[Collection(PackageCollection.Name)]
public class UnityPackageTests(PackedFeed feed)
{
    private static string Root => UnityPackageFolder.Root;

    [Fact]
    public void Manifest_names_the_package_and_the_packed_version()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "package.json")));
        var json = manifest.RootElement;
        Assert.Equal("com.ferd-net.ferd", json.GetProperty("name").GetString());
        Assert.Equal(feed.Version, json.GetProperty("version").GetString());
        Assert.Equal("Ferd", json.GetProperty("displayName").GetString());
        Assert.Matches(@"^\d{4}\.\d$", json.GetProperty("unity").GetString()!);
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("description").GetString()));
    }

    [Fact]
    public void Analyzers_are_what_the_nuget_package_carries_under_analyzers_and_the_runtime_is_its_lib()
    {
        using var nupkg = ZipFile.OpenRead(feed.Package);
        string[] Packed(string folder) => nupkg.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Packed("analyzers/dotnet/cs/"), UnityPackageFolder.Analyzers.Select(Path.GetFileName));
        Assert.Equal(Packed("lib/netstandard2.0/"), Directory.GetFiles(Path.Combine(Root, "Runtime")).Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileName));
    }

    [Fact]
    public void Every_file_and_folder_has_a_meta_with_its_own_guid()
    {
        var assets = Directory.GetFileSystemEntries(Root, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".meta", StringComparison.Ordinal)).ToArray();
        Assert.Contains(Path.Combine(Root, "Editor", "Ferd.Editor.asmdef"), assets);
        var guids = assets.Select(asset => Regex.Match(File.ReadAllText(asset + ".meta"), "^fileFormatVersion: 2\nguid: ([0-9a-f]{32})\n").Groups[1].Value).ToArray();
        Assert.All(guids, guid => Assert.Equal(32, guid.Length));
        Assert.Equal(guids.Length, guids.Distinct().Count());
        Assert.All(Directory.GetDirectories(Root, "*", SearchOption.AllDirectories), folder => Assert.Contains("folderAsset: yes\n", File.ReadAllText(folder + ".meta")));
        Assert.DoesNotContain(Directory.GetFiles(Root, "*.meta", SearchOption.AllDirectories), meta => !File.Exists(meta[..^5]) && !Directory.Exists(meta[..^5]));
    }

    [Fact]
    public void Analyzers_are_labelled_roslyn_analyzers_for_no_platform_and_the_runtime_is_for_any()
    {
        Assert.Equal(3, UnityPackageFolder.Analyzers.Length);
        foreach (string analyzer in UnityPackageFolder.Analyzers)
        {
            string meta = File.ReadAllText(analyzer + ".meta");
            Assert.Contains("\nlabels:\n- RoslynAnalyzer\nPluginImporter:\n", meta);
            Assert.Equal([("Any", 0), ("Editor", 0)], Platforms(meta));
        }
        string runtime = File.ReadAllText(UnityPackageFolder.Runtime + ".meta");
        Assert.DoesNotContain("labels:", runtime);
        Assert.Equal([("Any", 1), ("Editor", 0)], Platforms(runtime));
    }

    [Fact]
    public void Editor_assembly_is_limited_to_the_editor()
    {
        using var asmdef = JsonDocument.Parse(File.ReadAllText(UnityPackageFolder.Editor("Ferd.Editor.asmdef")));
        Assert.Equal(["Editor"], asmdef.RootElement.GetProperty("includePlatforms").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("MonoImporter:", File.ReadAllText(UnityPackageFolder.Editor("FerdModelPostprocessor.cs") + ".meta"));
    }

    [Fact]
    public void Writing_again_gives_identical_files()
    {
        using var again = new TempDirectory();
        string folder = Path.Combine(again.Path, "package");
        Ferd.Unity.UnityPackage.Write(folder);
        Ferd.Unity.UnityPackage.Write(folder);

        string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Files(Root), Files(folder));
        Assert.All(Files(Root), file => Assert.Equal(File.ReadAllBytes(Path.Combine(Root, file)), File.ReadAllBytes(Path.Combine(folder, file))));
    }

    [Fact]
    public void Writing_into_a_folder_that_holds_something_else_is_refused()
    {
        using var other = new TempDirectory();
        File.WriteAllText(other.File("keep.txt"), "mine");
        Assert.Throws<IOException>(() => Ferd.Unity.UnityPackage.Write(other.Path));
        Assert.True(File.Exists(other.File("keep.txt")));
    }

    /// <summary>Each platform entry of a PluginImporter and whether it is enabled.</summary>
    private static (string, int)[] Platforms(string meta) =>
        Regex.Matches(meta, @"- first:\n +(\w+): ?\w*\n +second:\n +enabled: (\d)\n").Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value))).ToArray();
}
