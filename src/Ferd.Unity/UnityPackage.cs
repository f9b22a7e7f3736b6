using System.Text;

namespace Ferd.Unity;

/// <summary>
/// The Unity package (UPM layout): package.json, Runtime/Ferd.Runtime.dll for every platform,
/// Analyzers/ with the generator and the assemblies it loads (editor-only Roslyn analyzers),
/// Editor/ with the script that writes models' additional files, a README, and a .meta for every
/// file and folder, with GUIDs derived from paths so a rebuild writes identical files.
/// </summary>
internal static class UnityPackage
{
    public const string Name = "com.ferd-net.ferd";

    /// <summary>What the build copied beside this program: the assemblies and the files of Package/.</summary>
    public static string Payload => Path.Combine(AppContext.BaseDirectory, "payload");

    public static void Write(string output)
    {
        Clear(output);
        foreach (string file in Directory.GetFiles(Payload, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(output, Path.GetRelativePath(Payload, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(output, "package.json"), Manifest());

        var entries = Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        foreach (string entry in entries)
        {
            string relative = Path.GetRelativePath(output, entry).Replace('\\', '/');
            File.WriteAllText(entry + ".meta", MetaFile.For(relative, Directory.Exists(entry)));
        }
    }

    /// <summary>The manifest; the version is this build's, the one Ferd.Package packs.</summary>
    private static string Manifest()
    {
        string version = typeof(UnityPackage).Assembly.GetName().Version!.ToString(3);
        return new StringBuilder()
            .Append("{\n")
            .Append($"  \"name\": \"{Name}\",\n")
            .Append($"  \"version\": \"{version}\",\n")
            .Append("  \"displayName\": \"Ferd\",\n")
            .Append("  \"description\": \"Compresses a trained ONNX network at compile time and compiles it into allocation-free C#: [CompressedNetwork(\\\"model.onnx\\\", Epsilon = 0.05)].\",\n")
            .Append("  \"unity\": \"2022.3\",\n")
            .Append("  \"license\": \"MIT\",\n")
            .Append("  \"author\": { \"name\": \"Ferd contributors\" }\n")
            .Append("}\n")
            .ToString();
    }

    /// <summary>Empties a previous package so no stale file survives; refuses any other non-empty folder.</summary>
    private static void Clear(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            string manifest = Path.Combine(output, "package.json");
            if (!File.Exists(manifest) || !File.ReadAllText(manifest).Contains($"\"name\": \"{Name}\"", StringComparison.Ordinal))
                throw new IOException($"'{output}' is not empty and holds no {Name} package; choose an empty or new folder.");
            Directory.Delete(output, recursive: true);
        }
        Directory.CreateDirectory(output);
    }
}
