using System.Globalization;

namespace Ferd.Cli;

/// <summary>Comma-separated numbers given to an option, such as `--epsilons 0.1,0.2` or `--kept 90,50`.</summary>
internal static class NumberList
{
    /// <summary>The numbers; a user error naming the first that is not <paramref name="expected"/>.</summary>
    public static double[] Parse(string list, string flag, string expected, Func<double, bool> valid) => list.Split(',').Select(item =>
    {
        if (!double.TryParse(item.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || double.IsNaN(value) || double.IsInfinity(value) || !valid(value))
            throw new UserError($"{flag}: '{item.Trim()}' is not {expected}.");
        return value;
    }).ToArray();
}
