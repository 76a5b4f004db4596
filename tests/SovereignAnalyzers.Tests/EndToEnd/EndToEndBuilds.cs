namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The tests that run <c>dotnet build</c>/<c>dotnet pack</c> on the repository's projects: they share the analyzer
/// project's <c>obj/</c> folder (restore, compilation), so they run one after the other, never side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndBuilds
{
    public const string Name = "End-to-end builds";
}
