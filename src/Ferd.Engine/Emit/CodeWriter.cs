using System.Text;

namespace Ferd.Emit
{
    /// <summary>An indented text writer with "\n" line ends, so output is identical on every OS.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            return this;
        }

        /// <summary>A preprocessor line, at the start of the line whatever the indentation.</summary>
        public CodeWriter Directive(string directive)
        {
            _text.Append(directive).Append('\n');
            return this;
        }

        public CodeWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>A bare block, so locals of one part of a method stay out of the next.</summary>
        public CodeWriter OpenBlock()
        {
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _text.ToString();
    }
}
