using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>A named way to damage a model: from its bytes and its parsed form to new bytes.</summary>
internal sealed record Mutation(string Category, Func<Seed, Random, byte[]> Apply);

/// <summary>What every mutation starts from: the model's bytes and its records.</summary>
internal sealed record Seed(string Name, byte[] Bytes, OnnxModel Model);
