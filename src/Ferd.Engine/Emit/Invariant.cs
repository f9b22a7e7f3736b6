using System.Globalization;

namespace Ferd.Emit
{
    /// <summary>Numbers as generated code and comments write them, whatever the current culture.</summary>
    public static class Invariant
    {
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Percent(int part, int whole) =>
            whole == 0 ? "100" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
