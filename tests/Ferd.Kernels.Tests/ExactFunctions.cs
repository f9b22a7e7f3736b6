namespace Ferd.Kernels.Tests;

/// <summary>
/// The activations in double, by methods of their own (series and continued fractions) rather
/// than the kernels' approximations, so that a shared mistake cannot hide.
/// </summary>
internal static class ExactFunctions
{
    public const double SeluAlpha = 1.67326319217681884765625;
    public const double SeluGamma = 1.05070102214813232421875;

    // −∞ · 0 is NaN; every gated activation below tends to 0 there.
    public static double Swish(double x) => double.IsNegativeInfinity(x) ? 0 : x / (1 + Math.Exp(-x));

    public static double Gelu(double x) => double.IsNegativeInfinity(x) ? 0 : 0.5 * x * Erfc(-x / Math.Sqrt(2));

    public static double GeluTanh(double x)
    {
        if (double.IsNegativeInfinity(x)) return 0;
        double u = Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x);
        // 1 + tanh u = 2e^2u / (1 + e^2u), which does not cancel for u < 0.
        return u >= 0 ? 0.5 * x * (1 + Math.Tanh(u)) : x * Math.Exp(2 * u) / (1 + Math.Exp(2 * u));
    }

    public static double Elu(double x, double alpha) => x > 0 ? x : alpha * Expm1(x);

    public static double Selu(double x) => SeluGamma * Elu(x, SeluAlpha);

    public static double Softplus(double x) => Math.Max(x, 0) + Log1p(Math.Exp(-Math.Abs(x)));

    public static double Mish(double x) => double.IsNegativeInfinity(x) ? 0 : x * Math.Tanh(Softplus(x));

    /// <summary>
    /// erfc by 1 − erf with erf(x) = (2/√π)·e^−x²·Σ 2ⁿx^(2n+1)/(2n+1)!!, all terms positive, below 2
    /// (erfc ≥ 0.0047 there, so at most 1e-13 relative is lost to the subtraction), and the
    /// continued fraction e^−x²/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))) from 2 on.
    /// </summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x < 0) return 2 - Erfc(-x);
        if (x < 2)
        {
            double sum = x, term = x;
            for (int n = 1; term > 1e-18 * sum; n++)
            {
                term *= 2 * x * x / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum;
        }
        if (double.IsPositiveInfinity(x)) return 0;
        double f = x;
        for (int k = 100; k >= 1; k--) f = x + k / 2.0 / f;
        return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * f);
    }

    /// <summary>e^x − 1 by its Taylor series below 1/2, where subtracting 1 would cancel.</summary>
    public static double Expm1(double x)
    {
        if (!(Math.Abs(x) < 0.5)) return Math.Exp(x) - 1;
        double sum = 0, term = 1;
        for (int n = 1; n < 30; n++)
        {
            term *= x / n;
            sum += term;
        }
        return sum;
    }

    /// <summary>ln(1 + y) = 2·atanh(w) = 2·Σ w^(2k+1)/(2k+1) with w = y/(2 + y), for 0 ≤ y ≤ 1.</summary>
    public static double Log1p(double y)
    {
        double w = y / (2 + y), w2 = w * w, power = w, sum = 0;
        for (int k = 0; k < 30; k++, power *= w2) sum += power / (2 * k + 1);
        return 2 * sum;
    }
}
