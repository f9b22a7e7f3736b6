namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>How a case ended when nothing went wrong: code came out, or the model was refused.</summary>
internal enum Outcome
{
    Compiled,
    Refused,
}
