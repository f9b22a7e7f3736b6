using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ferd.Generator
{
    /// <summary>
    /// A source location as plain values: pipeline models must not hold <see cref="Location"/>,
    /// which keeps a whole syntax tree alive and defeats caching.
    /// </summary>
    internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

        public static LocationInfo From(Location location) =>
            new LocationInfo(location.SourceTree?.FilePath ?? "", location.SourceSpan, location.GetLineSpan().Span);
    }
}
