namespace Ferd.Benchmarks;

/// <summary>How many input rows each benchmark call of the class processes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RowsPerCallAttribute(int rows) : Attribute
{
    public int Rows { get; } = rows;
}
