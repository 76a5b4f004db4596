using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Tests.Catalog;

/// <summary>Runs every provider's must-match and must-not-match samples, so a catalog typo fails here.</summary>
public class CatalogSampleTests
{
    public static TheoryData<string> ProviderIds()
    {
        var data = new TheoryData<string>();
        foreach (var provider in ProviderCatalog.BuiltIn.Providers)
        {
            data.Add(provider.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProviderIds))]
    public void Match_samples_are_attributed_to_their_provider(string id)
    {
        var provider = ProviderCatalog.BuiltIn.FindProvider(id)!;
        Assert.True(provider.MatchSamples.Count >= 2, $"{id} needs at least two must-match samples");
        foreach (var sample in provider.MatchSamples)
        {
            var matches = Classify(sample.Text);
            var match = matches.FirstOrDefault(m => m.Provider.Id == id);
            Assert.True(match is not null, $"{id}: '{sample.Text}' should match {id} but matched [{string.Join(", ", matches.Select(m => m.Provider.Id))}]");
            if (sample.ServiceKind is not null)
            {
                Assert.True(sample.ServiceKind == match!.Service?.Kind, $"{id}: '{sample.Text}' should be service {sample.ServiceKind}, was {match.Service?.Kind ?? "none"}");
            }

            if (sample.Region is not null)
            {
                Assert.True(sample.Region == match!.Region, $"{id}: '{sample.Text}' should be region {sample.Region}, was {match.Region ?? "none"}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProviderIds))]
    public void NoMatch_samples_are_not_attributed_to_their_provider(string id)
    {
        var provider = ProviderCatalog.BuiltIn.FindProvider(id)!;
        Assert.True(provider.NoMatchSamples.Count >= 2, $"{id} needs at least two must-not-match samples");
        foreach (var sample in provider.NoMatchSamples)
        {
            Assert.False(Classify(sample.Text).Any(m => m.Provider.Id == id), $"{id}: '{sample.Text}' must not match {id}");
        }
    }

    private static List<EndpointMatch> Classify(string text)
        => EndpointExtractor.Extract(text)
            .Select(c => HostIndex.Of(ProviderCatalog.BuiltIn).Classify(c))
            .Where(m => m is not null)
            .Select(m => m!)
            .ToList();
}
