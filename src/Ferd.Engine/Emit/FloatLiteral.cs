using System;
using System.Globalization;

namespace Ferd.Emit
{
    /// <summary>
    /// C# literals that round-trip exactly. The shortest "G1".."G9" form that parses back to the
    /// same value is used instead of "R", whose output differs between .NET Framework and .NET,
    /// so the same model gives byte-identical code in every compiler host and culture.
    /// </summary>
    public static class FloatLiteral
    {
        public static string Format(float value)
        {
            if (float.IsNaN(value)) return "float.NaN";
            if (float.IsPositiveInfinity(value)) return "float.PositiveInfinity";
            if (float.IsNegativeInfinity(value)) return "float.NegativeInfinity";
            return Shortest(value) + "f";
        }

        /// <summary>The single-precision literal for a double weight (rounded to nearest float).</summary>
        public static string Format(double value) => Format((float)value);

        /// <summary>A double for comments and messages, shortest round-trip form.</summary>
        public static string FormatDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
            for (int digits = 1; digits < 17; digits++)
            {
                string text = value.ToString("G" + digits, CultureInfo.InvariantCulture);
                if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == value) return text;
            }
            return value.ToString("G17", CultureInfo.InvariantCulture);
        }

        private static string Shortest(float value)
        {
            for (int digits = 1; digits < 9; digits++)
            {
                string text = value.ToString("G" + digits, CultureInfo.InvariantCulture);
                if (float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == value) return text;
            }
            return value.ToString("G9", CultureInfo.InvariantCulture);
        }
    }
}
