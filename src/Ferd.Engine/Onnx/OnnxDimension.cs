using System.Globalization;

namespace Ferd.Onnx
{
    /// <summary>One dimension of a declared shape: a fixed size, a symbolic name, or unknown.</summary>
    public sealed record OnnxDimension(long? Value, string? Param)
    {
        public bool IsFixed => Value.HasValue;

        public override string ToString() =>
            Value?.ToString(CultureInfo.InvariantCulture) ?? (string.IsNullOrEmpty(Param) ? "?" : Param!);
    }
}
