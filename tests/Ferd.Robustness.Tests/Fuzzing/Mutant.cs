namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>One fuzz case: a shared model changed by one mutation, replayable from (model, index).</summary>
internal sealed record Mutant(string Model, int Index, string Category, byte[] Bytes)
{
    public override string ToString() => $"{Model}#{Index} ({Category}, {Bytes.Length} bytes)";
}
