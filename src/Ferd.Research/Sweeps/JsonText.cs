using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>
    /// A minimal indented JSON writer: invariant culture, round-trip doubles, non-finite numbers as null.
    /// Engine runs inside the compiler, so it carries no JSON library.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly StringBuilder text = new StringBuilder();
        private readonly Stack<bool> hasItems = new Stack<bool>();

        public void BeginObject(string? name = null) => Open(name, '{');

        public void EndObject() => Close('}');

        public void BeginArray(string name) => Open(name, '[');

        public void EndArray() => Close(']');

        public void Property(string name, string value)
        {
            Key(name);
            String(value);
        }

        public void Property(string name, int value)
        {
            Key(name);
            text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        public void Property(string name, double value)
        {
            Key(name);
            Number(value);
        }

        /// <summary>A number as an element of the enclosing array.</summary>
        public void Value(double value)
        {
            Item();
            Number(value);
        }

        public override string ToString() => text.ToString();

        private void Open(string? name, char bracket)
        {
            if (name is null) Item();
            else Key(name);
            text.Append(bracket);
            hasItems.Push(false);
        }

        private void Close(char bracket)
        {
            bool any = hasItems.Pop();
            if (any) NewLine();
            text.Append(bracket);
        }

        private void Key(string name)
        {
            Item();
            String(name);
            text.Append(": ");
        }

        /// <summary>Starts an element of the enclosing object or array: a comma after the first, then a new line.</summary>
        private void Item()
        {
            if (hasItems.Count == 0) return;
            if (hasItems.Peek()) text.Append(',');
            hasItems.Pop();
            hasItems.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            text.Append('\n');
            text.Append(' ', 2 * hasItems.Count);
        }

        private void Number(double value) =>
            text.Append(double.IsNaN(value) || double.IsInfinity(value) ? "null" : value.ToString("R", CultureInfo.InvariantCulture));

        private void String(string value)
        {
            text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else text.Append(c);
                        break;
                }
            }
            text.Append('"');
        }
    }
}
