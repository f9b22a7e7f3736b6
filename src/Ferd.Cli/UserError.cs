namespace Ferd.Cli;

/// <summary>A mistake in what the user asked for: reported as one line, exit code 2.</summary>
internal sealed class UserError(string message) : Exception(message);
