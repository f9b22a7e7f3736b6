// The members of UnityEngine and UnityEditor the package's editor script uses, with Unity's
// signatures, recording what the script asks of them.
using System.Collections.Generic;
using System.IO;

namespace UnityEngine
{
    public static class Application
    {
        public static string dataPath { get; set; } = "";
    }

    public static class Debug
    {
        public static readonly List<string> Warnings = new List<string>();

        public static void LogWarning(object message) => Warnings.Add(message.ToString());
    }
}

namespace UnityEditor
{
    public class AssetPostprocessor
    {
    }

    public static class AssetDatabase
    {
        public static readonly List<string> Imported = new List<string>();

        public static void ImportAsset(string path) => Imported.Add(path);

        public static bool DeleteAsset(string path)
        {
            string full = Path.Combine(Path.GetDirectoryName(UnityEngine.Application.dataPath), path);
            if (!File.Exists(full)) return false;
            File.Delete(full);
            return true;
        }
    }
}
