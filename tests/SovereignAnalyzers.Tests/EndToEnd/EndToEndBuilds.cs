namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The tests that run <c>dotnet build</c>/<c>dotnet pack</c> on the repository's projects: they share the analyzer
/// project's <c>obj/</c> folder (restore, compilation), so they run one after the other, never side by side;
/// and the package tests share one packed package (packing takes the better part of a minute).
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndBuilds : ICollectionFixture<PackageFixture>
{
    public const string Name = "End-to-end builds";
}
