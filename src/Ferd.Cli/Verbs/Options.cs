using System.CommandLine;

namespace Ferd.Cli.Verbs;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
internal static class Options
{
    public static Option<double> Epsilon(bool required) => new("--epsilon")
    {
        Description = "Tolerance of approximate differential equivalence (dimensionless, ≥ 0; 0 merges exact equivalents only).",
        Required = required,
    };

    public static double CheckEpsilon(double epsilon)
    {
        if (double.IsNaN(epsilon) || double.IsInfinity(epsilon) || epsilon < 0)
            throw new UserError($"--epsilon must be a finite number ≥ 0, got {epsilon}.");
        return epsilon;
    }
}
