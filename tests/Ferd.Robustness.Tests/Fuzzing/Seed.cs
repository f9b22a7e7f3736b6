using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>What every mutation starts from: the model's bytes and its records.</summary>
internal sealed record Seed(string Name, byte[] Bytes, OnnxModel Model);
