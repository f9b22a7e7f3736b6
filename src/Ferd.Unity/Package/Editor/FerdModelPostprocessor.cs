using System;
using System.IO;
using UnityEditor;
using UnityEngine;

namespace Ferd.Unity
{
    /// <summary>
    /// Keeps beside each model under Assets the additional file through which Unity's compiler hands
    /// it to the generator (x.onnx → x.Ferd.Generator.additionalfile, base64): the compiler never sees
    /// the binary .onnx. Rewritten when the model changes, removed when it is deleted or moved away.
    /// </summary>
    internal sealed class FerdModelPostprocessor : AssetPostprocessor
    {
        private static void OnPostprocessAllAssets(string[] importedAssets, string[] deletedAssets, string[] movedAssets, string[] movedFromAssetPaths)
        {
            foreach (string path in deletedAssets) Remove(path);
            foreach (string path in movedFromAssetPaths) Remove(path);
            foreach (string path in importedAssets) Write(path);
            foreach (string path in movedAssets) Write(path);
        }

        private static void Write(string model)
        {
            if (!IsModel(model)) return;
            if (!FerdAdditionalFiles.UnityPasses(model))
            {
                Debug.LogWarning("Ferd: Unity passes no additional file for '" + model + "' to the compiler; rename the model without a '.' before .onnx.");
                return;
            }
            string target = FerdAdditionalFiles.For(model);
            string text = FerdAdditionalFiles.Encode(File.ReadAllBytes(FullPath(model)));
            // An unchanged file is left alone: writing it would import it, and recompile, once more.
            if (File.Exists(FullPath(target)) && File.ReadAllText(FullPath(target)) == text) return;
            File.WriteAllText(FullPath(target), text);
            AssetDatabase.ImportAsset(target);
        }

        private static void Remove(string model)
        {
            if (IsModel(model)) AssetDatabase.DeleteAsset(FerdAdditionalFiles.For(model));
        }

        private static bool IsModel(string path) =>
            path.StartsWith("Assets/", StringComparison.Ordinal) && path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

        // Asset paths are relative to the project folder, the parent of Assets.
        private static string FullPath(string assetPath) => Path.Combine(Path.GetDirectoryName(Application.dataPath), assetPath);
    }
}
