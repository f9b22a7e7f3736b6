using System.Diagnostics;
using Ferd.Samples.VectorField;

// A game-style fixed-step loop: three particles start at the same point and follow the exact
// Van der Pol field, the learned network and its compressed version. Each frame advances each
// particle by one fourth-order Runge-Kutta step; nothing allocates inside the loop.

const float Step = 0.01f;
const int Frames = 2000;

Span<float> exact = stackalloc float[] { 2f, 0f };
Span<float> learned = stackalloc float[] { 2f, 0f };
Span<float> compressed = stackalloc float[] { 2f, 0f };

Console.WriteLine($"Van der Pol from (2, 0), dt = {Step}; learned: {LearnedField.ParameterCount} parameters, compressed: {CompressedField.ParameterCount}.");
Console.WriteLine($"{"t",6} {"exact",20} {"learned",20} {"compressed",20}");
for (int frame = 0; frame <= Frames; frame++)
{
    if (frame % 200 == 0)
        Console.WriteLine($"{frame * Step,6:F2} {Show(exact),20} {Show(learned),20} {Show(compressed),20}");
    Integrator.RungeKutta4(Integrator.Exact, exact, Step);
    Integrator.RungeKutta4(LearnedField.Predict, learned, Step);
    Integrator.RungeKutta4(CompressedField.Predict, compressed, Step);
}

Console.WriteLine();
Console.WriteLine("Time per step (four field evaluations):");
foreach (var (name, field) in new (string, Field)[] { ("learned", LearnedField.Predict), ("compressed", CompressedField.Predict) })
    Console.WriteLine($"  {name,-10} {Integrator.NanosecondsPerStep(field),8:F1} ns");

static string Show(ReadOnlySpan<float> state) => $"({state[0],7:F3}, {state[1],7:F3})";

/// <summary>A vector field: the state's time derivative.</summary>
internal delegate void Field(ReadOnlySpan<float> state, Span<float> derivative);

internal static class Integrator
{
    /// <summary>The true field: x' = y, y' = (1 - x^2) y - x.</summary>
    public static void Exact(ReadOnlySpan<float> s, Span<float> d)
    {
        d[0] = s[1];
        d[1] = (1 - s[0] * s[0]) * s[1] - s[0];
    }

    public static void RungeKutta4(Field field, Span<float> state, float dt)
    {
        Span<float> k1 = stackalloc float[2], k2 = stackalloc float[2], k3 = stackalloc float[2], k4 = stackalloc float[2];
        Span<float> probe = stackalloc float[2];
        field(state, k1);
        Offset(state, k1, dt / 2, probe);
        field(probe, k2);
        Offset(state, k2, dt / 2, probe);
        field(probe, k3);
        Offset(state, k3, dt, probe);
        field(probe, k4);
        for (int i = 0; i < state.Length; i++) state[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }

    /// <summary>The fastest of several rounds, so JIT tiering and other processes weigh least.</summary>
    public static double NanosecondsPerStep(Field field)
    {
        Span<float> state = stackalloc float[] { 2f, 0f };
        const int steps = 100_000;
        double best = double.MaxValue;
        for (int round = 0; round < 7; round++)
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < steps; i++) RungeKutta4(field, state, 0.01f);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds * 1e6 / steps);
        }
        return best;
    }

    private static void Offset(ReadOnlySpan<float> state, ReadOnlySpan<float> slope, float h, Span<float> result)
    {
        for (int i = 0; i < state.Length; i++) result[i] = state[i] + h * slope[i];
    }
}
