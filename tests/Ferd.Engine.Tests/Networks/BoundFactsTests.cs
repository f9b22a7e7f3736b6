using Ferd.Evaluation;
using Ferd.Networks;

namespace Ferd.Tests.Networks;

/// <summary>
/// Every table activation's bound facts against σ itself: the derivative is σ's, each listed point
/// is a sign change of σ' or σ'', no point is missing (σ' is monotone between them on a fine grid),
/// and Image and Slopes hold every sampled value.
/// </summary>
public class BoundFactsTests
{
    private const double Step = 1e-3;

    public static TheoryData<Activation> Activations() => [.. ActivationTable.Samples.Where(a => a.Facts != null)];

    [Theory]
    [MemberData(nameof(Activations))]
    public void Derivative_is_the_difference_quotient_of_apply(Activation activation)
    {
        var facts = activation.Facts!;
        const double h = 1e-5;
        foreach (double z in Grid(-20, 20, 0.01).Where(z => facts.Kinks.All(k => Math.Abs(z - k) > 2 * h)))
        {
            double quotient = (activation.Apply(z + h) - activation.Apply(z - h)) / (2 * h);
            double derivative = facts.Derivative(z);
            Assert.True(Math.Abs(quotient - derivative) <= 1e-6 * Math.Max(1, Math.Abs(derivative)), $"{activation} at {z}: σ' = {derivative}, quotient {quotient}");
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Listed_points_are_sign_changes(Activation activation)
    {
        var facts = activation.Facts!;
        var d = facts.Derivative;
        foreach (double p in facts.Critical)
        {
            double delta = 1e-6 * Math.Max(1, Math.Abs(p));
            Assert.True(Math.Sign(d(p - delta)) * Math.Sign(d(p + delta)) < 0, $"{activation}: σ' keeps its sign at the critical point {p}");
        }
        foreach (double p in facts.Inflections)
        {
            // σ' rises then falls across p, or falls then rises: an extreme of σ'.
            double delta = 1e-4 * Math.Max(1, Math.Abs(p));
            double left = d(p) - d(p - delta), right = d(p + delta) - d(p);
            Assert.True(Math.Sign(left) * Math.Sign(right) < 0, $"{activation}: σ'' keeps its sign at the inflection {p} ({left}, {right})");
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Derivative_is_monotone_between_the_listed_points(Activation activation)
    {
        var facts = activation.Facts!;
        var cuts = facts.Inflections.Concat(facts.Kinks).Append(double.PositiveInfinity).Distinct().OrderBy(p => p).ToList();
        var grid = Grid(-20, 20, Step).ToList();
        int piece = 0, direction = 0;
        for (int i = 1; i < grid.Count; i++)
        {
            double a = grid[i - 1], b = grid[i];
            // A pair straddling a listed point belongs to neither piece.
            if (b >= cuts[piece])
            {
                while (b >= cuts[piece]) piece++;
                direction = 0;
                continue;
            }
            if (a <= (piece > 0 ? cuts[piece - 1] : double.NegativeInfinity)) continue;
            double da = facts.Derivative(a), db = facts.Derivative(b);
            // Where σ' is flat to the last bits (the tails), rounding alone may reverse a step.
            if (Math.Abs(db - da) <= 1e-14 * Math.Max(Math.Abs(da), Math.Abs(db))) continue;
            int sign = Math.Sign(db - da);
            if (direction == 0) direction = sign;
            Assert.True(sign == direction, $"{activation}: σ' turns between {a} and {b}, with no inflection or kink listed there");
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void Image_and_slopes_hold_every_sampled_value(Activation activation)
    {
        var facts = activation.Facts!;
        var random = new Random(11);
        for (int trial = 0; trial < 300; trial++)
        {
            // Wide and narrow intervals, some around the listed points.
            double center = random.NextDouble() * 16 - 8, width = Math.Pow(10, random.NextDouble() * 4 - 3);
            var z = new Interval(center - width, center + width);
            var image = facts.Image(activation, z);
            var slopes = facts.Slopes(z);
            var points = Enumerable.Range(0, 41).Select(i => z.Lo + z.Width * i / 40).ToArray();
            foreach (double x in points)
            {
                double value = activation.Apply(x), slack = 1e-12 * Math.Max(1, Math.Abs(value));
                Assert.True(value >= image.Lo - slack && value <= image.Hi + slack, $"{activation}({x}) = {value} outside [{image.Lo}, {image.Hi}] for [{z.Lo}, {z.Hi}]");
                if (facts.Kinks.Contains(x)) continue;
                double slope = facts.Derivative(x);
                Assert.True(slope >= slopes.Lo - 1e-12 && slope <= slopes.Hi + 1e-12, $"{activation}'({x}) = {slope} outside [{slopes.Lo}, {slopes.Hi}]");
            }
            for (int i = 0; i + 8 < points.Length; i += 8)
            {
                double secant = (activation.Apply(points[i + 8]) - activation.Apply(points[i])) / (points[i + 8] - points[i]);
                Assert.True(secant >= slopes.Lo - 1e-9 && secant <= slopes.Hi + 1e-9, $"{activation}: secant {secant} outside [{slopes.Lo}, {slopes.Hi}]");
            }
        }
    }

    private static IEnumerable<double> Grid(double from, double to, double step)
    {
        int count = (int)Math.Round((to - from) / step);
        for (int i = 0; i <= count; i++) yield return from + i * step;
    }
}
