#nullable enable
using System;

namespace Ferd.Unity
{
    /// <summary>
    /// How a model or CSV reaches the generator where MSBuild does not run (Unity): Unity passes the
    /// files named <c>Name.Ferd.Generator.additionalfile</c> (its rule: <c>Name.[AnalyzerAssembly].additionalfile</c>)
    /// to the compiler as additional files. A model's file holds its bytes as base64 and is named for
    /// the model without ".onnx"; a CSV's file holds its text and keeps ".csv" in its name. One copy of
    /// this rule, compiled into the generator, the CLI and the Unity editor script, keeps them in step.
    /// </summary>
    internal static class FerdAdditionalFiles
    {
        public const string Suffix = ".Ferd.Generator.additionalfile";

        /// <summary>"Assets/Models/x.onnx" → "Assets/Models/x.Ferd.Generator.additionalfile".</summary>
        public static string ForModel(string modelPath) => WithoutExtension(modelPath, ".onnx") + Suffix;

        /// <summary>"Assets/Data/d.csv" → "Assets/Data/d.csv.Ferd.Generator.additionalfile".</summary>
        public static string ForData(string csvPath) => csvPath + Suffix;

        /// <summary>A model's bytes as the generator reads them: base64 in lines of 76 characters.</summary>
        public static string Encode(byte[] model) => Convert.ToBase64String(model, Base64FormattingOptions.InsertLineBreaks);

        /// <summary>
        /// The file an additional file stands for, by its name: "x.onnx" for
        /// ".../x.Ferd.Generator.additionalfile", "d.csv" for ".../d.csv.Ferd.Generator.additionalfile";
        /// null for any other file.
        /// </summary>
        public static string? StandsFor(string additionalFilePath)
        {
            string name = additionalFilePath.Substring(additionalFilePath.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            if (name.Length <= Suffix.Length || !name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)) return null;
            string stem = name.Substring(0, name.Length - Suffix.Length);
            return stem.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? stem : stem + ".onnx";
        }

        private static string WithoutExtension(string path, string extension) =>
            path.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - extension.Length) : path;
    }
}
