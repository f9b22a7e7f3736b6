using System.IO;

namespace Ferd.Emit
{
    /// <summary>
    /// The activation kernels generated code calls (<c>global::Ferd.Generated.FerdMath</c>), as
    /// source text to add once per compilation beside the generated networks.
    /// </summary>
    public static class KernelSource
    {
        /// <summary>The hint name under which generators add <see cref="FerdMath"/>.</summary>
        public const string FerdMathHintName = "FerdMath.g.cs";

        private static string? _ferdMath;

        public static string FerdMath => _ferdMath ??= Read("Ferd.Kernels.FerdMath.cs");

        private static string Read(string resourceName)
        {
            using var stream = typeof(KernelSource).Assembly.GetManifestResourceStream(resourceName)
                ?? throw new FileNotFoundException("Embedded kernel source is missing.", resourceName);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
