#nullable enable
using System;

namespace Ferd.Unity
{
    /// <summary>
    /// How a model or CSV reaches the generator where MSBuild does not run (Unity). Unity passes the
    /// compiler only the files under Assets named <c>Name.[Analyzer].additionalfile</c>, where Name has
    /// no '.', so a model <c>x.onnx</c> and a CSV <c>x.csv</c> both travel as <c>x.Ferd.Generator.additionalfile</c>:
    /// base64 of the model's bytes, or the CSV's text. Which one a file is follows from the attribute
    /// argument that names it. One copy of this rule, compiled into the generator, the CLI and the
    /// Unity editor script, keeps them in step.
    /// </summary>
    internal static class FerdAdditionalFiles
    {
        public const string Suffix = ".Ferd.Generator.additionalfile";

        /// <summary>"Assets/Models/x.onnx" → "Assets/Models/x.Ferd.Generator.additionalfile"; "Data/d.csv" → "Data/d.Ferd.Generator.additionalfile".</summary>
        public static string For(string path)
        {
            int dot = path.LastIndexOf('.');
            return (dot > LastSeparator(path) ? path.Substring(0, dot) : path) + Suffix;
        }

        /// <summary>Whether Unity passes the additional file for <paramref name="path"/>: not when its name keeps a '.' ("x.v2.onnx").</summary>
        public static bool UnityPasses(string path) => Stem(For(path))!.IndexOf('.') < 0;

        /// <summary>A model's bytes as the generator reads them: base64 in lines of 76 characters.</summary>
        public static string Encode(byte[] model) => Convert.ToBase64String(model, Base64FormattingOptions.InsertLineBreaks);

        /// <summary>"x" for ".../x.Ferd.Generator.additionalfile", the file that stands for x.onnx or x.csv; null for any other file.</summary>
        public static string? Stem(string additionalFilePath)
        {
            string name = additionalFilePath.Substring(LastSeparator(additionalFilePath) + 1);
            return name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - Suffix.Length) : null;
        }

        private static int LastSeparator(string path) => path.LastIndexOfAny(new[] { '/', '\\' });
    }
}
