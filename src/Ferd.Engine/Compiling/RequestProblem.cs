using System;
using System.Globalization;
using System.Linq;

namespace Ferd.Compiling
{
    /// <summary>
    /// What stops a compilation, in a sentence. For <see cref="ProblemKind.Option"/> its placeholders
    /// {0}, {1}… stand for the settings in <see cref="Options"/>, to be named as the user wrote them
    /// (<c>MaxError</c>, <c>--max-error</c>); for the other kinds it is plain text (it may quote the
    /// model or a data file).
    /// </summary>
    public sealed class RequestProblem
    {
        public RequestProblem(ProblemKind kind, string sentence, params RequestOption[] options)
        {
            Kind = kind;
            Sentence = sentence;
            Options = options;
        }

        public ProblemKind Kind { get; }

        public string Sentence { get; }

        /// <summary>The settings the problem is about, the one at fault first.</summary>
        public RequestOption[] Options { get; }

        /// <summary>For a <see cref="ProblemKind.Data"/> problem, the file's path as the user named it.</summary>
        public string? Path { get; init; }

        /// <summary>For a <see cref="ProblemKind.Model"/> problem, why the model was refused.</summary>
        public ModelErrorKind? ModelError { get; init; }

        /// <summary>The problem in one line, each setting named by <paramref name="name"/>; a data problem names its file, a budget problem its budget.</summary>
        public string Describe(Func<RequestOption, string> name) => Kind switch
        {
            ProblemKind.Option => string.Format(CultureInfo.InvariantCulture, Sentence, Options.Select(o => (object)name(o)).ToArray()),
            ProblemKind.Data => name(Options[0]) + " '" + Path + "': " + Sentence,
            ProblemKind.Budget => name(Options[0]) + ": " + Sentence,
            _ => Sentence,
        };

        /// <summary>The sentence with the settings' attribute names (Epsilon, MaxError…).</summary>
        public override string ToString() => Describe(o => o.ToString());
    }
}
