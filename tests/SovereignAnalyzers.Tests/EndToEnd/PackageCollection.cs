namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>The end-to-end test classes share one packed package (packing takes the better part of a minute).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
