namespace Ferd.Generator
{
    /// <summary>
    /// One <c>[CompressedNetwork]</c> use, as parsed from the attribute: what to compile
    /// (<see cref="Options"/>) and where to report problems (the locations).
    /// </summary>
    internal sealed record NetworkRequest(
        NetworkOptions Options,
        LocationInfo AttributeLocation,
        LocationInfo ModelPathLocation,
        LocationInfo ClassNameLocation,
        EquatableArray<NamedArgumentLocation> NamedArguments);
}
