namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>A named way to damage a model: from its bytes and its parsed form to new bytes.</summary>
internal sealed record Mutation(string Category, Func<Seed, Random, byte[]> Apply);
