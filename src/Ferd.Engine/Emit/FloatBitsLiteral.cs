using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Ferd.Emit
{
    /// <summary>
    /// Floats as one C# string literal of their bits: two UTF-16 chars per float, the low half
    /// first, so <c>MemoryMarshal.Cast&lt;char, float&gt;</c> reads them back in place on a
    /// little-endian machine. A char costs 1–3 bytes of UTF-8 source (about 6 per float, 1.5× the
    /// float's bytes, against 11–14 for a float literal and its comma), the compiler parses it as
    /// one token, and the assembly keeps it as 4 bytes per float in its string heap. Chars that a
    /// literal cannot hold or that editors treat specially (controls, quotes, line and paragraph
    /// separators, surrogates, byte-order marks, noncharacters, bidirectional controls) are escaped.
    /// </summary>
    public static class FloatBitsLiteral
    {
        public static string Format(ReadOnlySpan<double> values)
        {
            var floats = new float[values.Length];
            for (int i = 0; i < floats.Length; i++) floats[i] = (float)values[i];
            var text = new StringBuilder(values.Length * 2 + 2).Append('"');
            foreach (uint bits in MemoryMarshal.Cast<float, uint>(floats))
            {
                Append(text, (char)(bits & 0xFFFF));
                Append(text, (char)(bits >> 16));
            }
            return text.Append('"').ToString();
        }

        private static void Append(StringBuilder text, char c)
        {
            if (NeedsEscape(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }

        private static bool NeedsEscape(char c) =>
            c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == 0xAD
            || char.IsSurrogate(c) || c == 0xFEFF || c >= 0xFFF0
            || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
