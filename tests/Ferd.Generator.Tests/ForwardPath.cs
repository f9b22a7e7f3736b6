namespace Ferd.Generator.Tests;

/// <summary>Which of the generated forward passes a test compilation selects.</summary>
public enum ForwardPath
{
    /// <summary>System.Numerics.Vector&lt;float&gt; and scalar code, as netstandard2.1 / Unity compile it.</summary>
    Portable,

    /// <summary>The System.Runtime.Intrinsics pass behind #if NET8_0_OR_GREATER.</summary>
    Net8,
}
