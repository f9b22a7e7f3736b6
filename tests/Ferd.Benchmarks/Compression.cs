namespace Ferd.Benchmarks;

/// <summary>How far a generated variant is compressed.</summary>
public enum Compression
{
    /// <summary>ε = 0: only neurons with identical dynamics are lumped.</summary>
    Exact,

    /// <summary>The ε that keeps about a quarter of the model's parameters.</summary>
    Quarter,
}
