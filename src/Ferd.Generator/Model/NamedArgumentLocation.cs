namespace Ferd.Generator
{
    /// <summary>Where one named argument of the attribute (<c>Epsilon = …</c>) is written.</summary>
    internal sealed record NamedArgumentLocation(string Name, LocationInfo Location);
}
