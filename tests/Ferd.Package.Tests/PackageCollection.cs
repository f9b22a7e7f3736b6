namespace Ferd.Package.Tests;

/// <summary>Tests that share one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed Ferd";
}
