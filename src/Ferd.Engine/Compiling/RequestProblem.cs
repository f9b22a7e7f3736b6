using System;
using System.Globalization;
using System.Linq;

namespace Ferd.Lumping
{
    /// <summary>
    /// What is wrong with a <see cref="CompressionRequest"/>: a sentence whose placeholders {0},
    /// {1}… stand for the settings in <see cref="Options"/>, to be named as the user wrote them.
    /// </summary>
    public sealed class RequestProblem
    {
        public RequestProblem(string sentence, params RequestOption[] options)
        {
            Sentence = sentence;
            Options = options;
        }

        public string Sentence { get; }

        public RequestOption[] Options { get; }

        /// <summary>The sentence with each setting named by <paramref name="name"/>.</summary>
        public string Describe(Func<RequestOption, string> name) =>
            string.Format(CultureInfo.InvariantCulture, Sentence, Options.Select(o => (object)name(o)).ToArray());

        /// <summary>The sentence with the settings' attribute names (Epsilon, MaxError…).</summary>
        public override string ToString() => Describe(o => o.ToString());
    }
}
