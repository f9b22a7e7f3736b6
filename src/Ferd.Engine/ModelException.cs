using System;
using System.Globalization;
using System.Text;

namespace Ferd
{
    /// <summary>
    /// A model Ferd cannot read or compile. The message is one line a user can act on; it names
    /// the node and operator where there is one. Every other exception from Engine is a bug.
    /// </summary>
    public sealed class ModelException : Exception
    {
        public ModelException(ModelErrorKind kind, string message)
            : base(OneLine(message))
        {
            Kind = kind;
        }

        public ModelErrorKind Kind { get; }

        /// <summary>
        /// Messages quote names from the model, which may hold line breaks or other control
        /// characters; those are written as escapes so the message stays one line.
        /// </summary>
        private static string OneLine(string message)
        {
            int first = 0;
            while (first < message.Length && !Breaks(message[first])) first++;
            if (first == message.Length) return message;

            var text = new StringBuilder(message, 0, first, message.Length + 16);
            for (int i = first; i < message.Length; i++)
            {
                char c = message[i];
                if (!Breaks(c)) text.Append(c);
                else if (c == '\n') text.Append("\\n");
                else if (c == '\r') text.Append("\\r");
                else if (c == '\t') text.Append("\\t");
                else text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return text.ToString();
        }

        private static bool Breaks(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';
    }
}
