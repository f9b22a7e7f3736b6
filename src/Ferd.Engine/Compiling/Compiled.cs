using System.Collections.Generic;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Compiling
{
    /// <summary>
    /// What <see cref="Compiler.Compile"/> produced: the compression, the request it ran and, for a
    /// code target, the C# source; or, when it could not run, the problems (never both).
    /// </summary>
    public sealed class Compiled
    {
        internal Compiled(CompressionResult result, CompressionRequest request, string? source)
        {
            Original = result.Original;
            Result = result;
            Request = request;
            Source = source;
            Problems = new RequestProblem[0];
        }

        internal Compiled(IReadOnlyList<RequestProblem> problems, Network? original = null)
        {
            Problems = problems;
            Original = original;
        }

        /// <summary>Empty when the compilation ran; the setting at fault first otherwise.</summary>
        public IReadOnlyList<RequestProblem> Problems { get; }

        public bool Succeeded => Problems.Count == 0;

        /// <summary>The imported network, also when a problem came after import (too large, bad data, budget not met).</summary>
        public Network? Original { get; }

        public CompressionResult? Result { get; }

        public CompressionRequest? Request { get; }

        public string? Source { get; }
    }
}
