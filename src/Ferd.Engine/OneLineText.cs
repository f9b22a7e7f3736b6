using System.Globalization;
using System.Text;

namespace Ferd
{
    /// <summary>
    /// Text from a model or a project (names, paths) made safe to put on one line of a message or
    /// a <c>//</c> comment: line breaks and other control characters become escapes such as <c>\n</c>.
    /// </summary>
    internal static class OneLineText
    {
        public static string Escape(string text)
        {
            int first = 0;
            while (first < text.Length && !Breaks(text[first])) first++;
            if (first == text.Length) return text;

            var escaped = new StringBuilder(text, 0, first, text.Length + 16);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (!Breaks(c)) escaped.Append(c);
                else if (c == '\n') escaped.Append("\\n");
                else if (c == '\r') escaped.Append("\\r");
                else if (c == '\t') escaped.Append("\\t");
                else escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return escaped.ToString();
        }

        /// <summary>Control characters, and the separators C# also ends a line at.</summary>
        private static bool Breaks(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';
    }
}
