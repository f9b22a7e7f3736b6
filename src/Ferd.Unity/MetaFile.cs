using System.Security.Cryptography;
using System.Text;

namespace Ferd.Unity;

/// <summary>
/// The .meta file Unity needs beside every file and folder of an immutable package: a GUID, and
/// the importer settings. The generator's assemblies are Roslyn analyzers (the label) and no
/// platform's plugins (all off, the editor too), so Unity runs them in the compiler and loads them
/// nowhere else; the runtime is a plugin for every platform.
/// </summary>
internal static class MetaFile
{
    public static string For(string relativePath, bool folder)
    {
        string header = $"fileFormatVersion: 2\nguid: {Guid(relativePath)}\n";
        if (folder) return header + "folderAsset: yes\n" + Importer("DefaultImporter");
        if (relativePath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            bool analyzer = relativePath.StartsWith("Analyzers/", StringComparison.Ordinal);
            return header + (analyzer ? "labels:\n- RoslynAnalyzer\n" : "") + Plugin(anyPlatform: !analyzer);
        }
        return header + Path.GetExtension(relativePath) switch
        {
            ".cs" => Importer("MonoImporter", "  serializedVersion: 2\n  defaultReferences: []\n  executionOrder: 0\n  icon: {instanceID: 0}\n"),
            ".asmdef" => Importer("AssemblyDefinitionImporter"),
            ".json" => Importer("PackageManifestImporter"),
            _ => Importer("TextScriptImporter"),
        };
    }

    /// <summary>32 hex digits from the path inside the package: the same on every rebuild, distinct per file.</summary>
    public static string Guid(string relativePath) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(UnityPackage.Name + "/" + relativePath)));

    private static string Plugin(bool anyPlatform) => Importer("PluginImporter", $$"""
          serializedVersion: 2
          iconMap: {}
          executionOrder: {}
          defineConstraints: []
          isPreloaded: 0
          isOverridable: 0
          isExplicitlyReferenced: 0
          validateReferences: 1
          platformData:
          - first:
              Any: 
            second:
              enabled: {{(anyPlatform ? 1 : 0)}}
              settings: {}
          - first:
              Editor: Editor
            second:
              enabled: 0
              settings:
                DefaultValueInitialized: true

        """);

    private static string Importer(string name, string settings = "") =>
        $"{name}:\n  externalObjects: {{}}\n{settings}  userData: \n  assetBundleName: \n  assetBundleVariant: \n";
}
