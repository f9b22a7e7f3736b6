using System;

namespace Ferd.Compiling
{
    /// <summary>A data file that cannot be used, thrown while reading it and turned into a <see cref="RequestProblem"/>.</summary>
    internal sealed class DataProblemException : Exception
    {
        public DataProblemException(RequestOption option, string path, string message)
            : base(message)
        {
            Problem = new RequestProblem(ProblemKind.Data, message, option) { Path = path };
        }

        public RequestProblem Problem { get; }
    }
}
