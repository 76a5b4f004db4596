using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.Policy;

public class EuropeanRegionTests
{
    [Theory]
    [InlineData("eu-west-3")]
    [InlineData("europe-west9")]
    [InlineData("francecentral")]
    [InlineData("westeurope")]
    [InlineData("germanywestcentral")]
    [InlineData("uksouth")]
    [InlineData("eu-paris-1")]
    [InlineData("fr-par")]
    [InlineData("de")]
    [InlineData("cloudgouv-eu-west-1")]
    public void Knows_european_regions(string region)
        => Assert.True(EuropeanRegion.Contains(region));

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("eastus2")]
    [InlineData("us-central1")]
    [InlineData("cn-hangzhou")]
    [InlineData("ap-northeast-1")]
    [InlineData("southafricanorth")]
    [InlineData("australiaeast")]
    [InlineData("us")]
    [InlineData("centraluseuap")]
    public void Says_no_for_other_regions(string region)
        => Assert.False(EuropeanRegion.Contains(region));
}
