using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Ferd.Package.Tests;

/// <summary>What the package holds, read from the .nupkg itself.</summary>
[Collection(PackageCollection.Name)]
public class PackageContentsTests(PackedFeed feed)
{
    private const string Analyzers = "analyzers/dotnet/cs/";

    [Fact]
    public void Package_has_the_attribute_library_the_analyzers_and_the_build_targets()
    {
        using var package = ZipFile.OpenRead(feed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/Ferd.Runtime.dll", entries);
        Assert.Contains(Analyzers + "Ferd.Generator.dll", entries);
        Assert.Contains(Analyzers + "Ferd.Engine.dll", entries);
        Assert.Contains("build/Ferd.targets", entries);
        Assert.Contains("buildTransitive/Ferd.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && !e.EndsWith("Ferd.Runtime.dll", StringComparison.Ordinal));
    }

    /// <summary>
    /// The compiler loads an analyzer's dependencies only from beside it (or from itself), so
    /// every assembly the generator's closure references must be in the package, at the version
    /// referenced or later; MathNet.Numerics among them.
    /// </summary>
    [Fact]
    public void Every_assembly_the_generator_loads_is_packaged_beside_it()
    {
        using var package = ZipFile.OpenRead(feed.Package);
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith(Analyzers, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e.Name), Read);
        Assert.Contains("MathNet.Numerics", analyzers.Keys);

        foreach (var (name, assembly) in analyzers)
        {
            foreach (var (reference, version) in assembly.References)
            {
                if (ProvidedByTheCompiler(reference)) continue;
                Assert.True(analyzers.TryGetValue(reference, out var packaged), $"{name} references {reference} {version}, which the package lacks.");
                Assert.True(packaged.Version >= version, $"{name} references {reference} {version}; the package has {packaged.Version}.");
            }
        }
    }

    private static bool ProvidedByTheCompiler(string assembly) =>
        assembly is "netstandard" or "mscorlib" ||
        assembly.StartsWith("System.", StringComparison.Ordinal) ||
        assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);

    private static (Version Version, List<(string Name, Version Version)> References) Read(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Select(r => (metadata.GetString(r.Name), r.Version))
            .ToList();
        return (metadata.GetAssemblyDefinition().Version, references);
    }
}
