namespace Ferd.Benchmarks;

/// <summary>Marks a benchmark that runs Ferd's generated code for the model compressed this far.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CompressedAttribute(Compression compression) : Attribute
{
    public Compression Compression { get; } = compression;
}
