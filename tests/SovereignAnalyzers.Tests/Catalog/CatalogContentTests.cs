using System.Text.RegularExpressions;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Tests.Docs;

namespace SovereignAnalyzers.Tests.Catalog;

public class CatalogContentTests
{
    private static ProviderCatalog Catalog => ProviderCatalog.BuiltIn;

    [Theory]
    [InlineData("aws")]
    [InlineData("azure")]
    [InlineData("gcp")]
    [InlineData("oracle")]
    [InlineData("ibm")]
    [InlineData("cloudflare")]
    [InlineData("digitalocean")]
    [InlineData("alibaba")]
    [InlineData("tencent")]
    [InlineData("huawei")]
    [InlineData("ovhcloud")]
    [InlineData("outscale")]
    [InlineData("scaleway")]
    [InlineData("clever-cloud")]
    [InlineData("scalingo")]
    [InlineData("s3ns")]
    [InlineData("bleu")]
    [InlineData("cloud-temple")]
    [InlineData("numspot")]
    public void Has_the_provider_ids_policies_name(string id) => Assert.NotNull(Catalog.FindProvider(id));

    [Fact]
    public void Has_at_least_thirty_providers() => Assert.True(Catalog.Providers.Count >= 30, $"{Catalog.Providers.Count} providers");

    [Fact]
    public void Ids_are_lowercase_slugs()
        => Assert.All(Catalog.Providers, p => Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), p.Id));

    [Fact]
    public void Every_law_and_qualification_carries_a_source_and_date()
    {
        Assert.All(Catalog.Laws.Values, l => Assert.False(string.IsNullOrEmpty(l.Source.Source), l.Id));
        Assert.All(Catalog.Qualifications.Values, q => Assert.False(string.IsNullOrEmpty(q.Source.AsOf), q.Id));
        Assert.All(ProvidersDocGenerator.AllFacts(Catalog), f => Assert.Matches(new Regex(@"^\d{4}(-\d{2}){0,2}$"), f.AsOf));
    }

    [Fact]
    public void A_qualification_is_never_listed_without_a_source()
        => Assert.All(Catalog.Providers.SelectMany(p => p.Qualifications), q => Assert.NotEqual(FactStatus.Unconfirmed, q.Source.Status));

    [Theory]
    [InlineData("aws", "US")]
    [InlineData("azure", "US")]
    [InlineData("gcp", "US")]
    [InlineData("alibaba", "CN")]
    [InlineData("s3ns", "FR")]
    [InlineData("bleu", "FR")]
    [InlineData("outscale", "FR")]
    public void Controlling_jurisdictions(string id, string jurisdiction)
        => Assert.Equal(jurisdiction, Catalog.FindProvider(id)!.Entity.Jurisdiction);

    [Theory]
    [InlineData("s3ns")]
    [InlineData("bleu")]
    public void Licensed_technology_operators_run_us_technology_and_are_exposed_to_no_law(string id)
    {
        var provider = Catalog.FindProvider(id)!;
        Assert.Equal("US", provider.LicensedTechnology?.Origin);
        Assert.Empty(provider.Laws);
    }

    [Fact]
    public void Every_service_pattern_ends_with_one_of_its_providers_hosts()
    {
        foreach (var provider in Catalog.Providers)
        {
            foreach (var pattern in provider.Services.SelectMany(s => s.HostPatterns))
            {
                var tail = new SovereignAnalyzers.Endpoints.HostPattern(pattern).LiteralSuffix;
                Assert.True(
                    provider.Hosts.Any(h => tail == h || tail.EndsWith("." + h, StringComparison.Ordinal)),
                    $"{provider.Id}: pattern '{pattern}' is not under any of its hosts");
            }
        }
    }
}
