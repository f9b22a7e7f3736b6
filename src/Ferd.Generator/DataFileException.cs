using System;

namespace Ferd.Generator
{
    /// <summary>A data file named by an option that cannot be used; the message says why.</summary>
    internal sealed class DataFileException : Exception
    {
        public DataFileException(DiagnosticSite site, string path, string message)
            : base(message)
        {
            Site = site;
            Path = path;
        }

        /// <summary>The option that names the file.</summary>
        public DiagnosticSite Site { get; }

        public string Path { get; }
    }
}
