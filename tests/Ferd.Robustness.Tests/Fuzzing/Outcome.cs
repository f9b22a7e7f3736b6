namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>
/// How a case ended when nothing went wrong: C# came out (finite float literals, the class
/// declared; the generator slice also compiles it), or the model was refused in one line.
/// </summary>
internal enum Outcome
{
    Emitted,
    Refused,
}
