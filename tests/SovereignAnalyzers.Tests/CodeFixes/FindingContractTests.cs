using SovereignAnalyzers.CodeFixes.Contract;

namespace SovereignAnalyzers.Tests.CodeFixes;

public sealed class FindingContractTests
{
    [Fact]
    public void Alternatives_are_read_in_order_and_only_those_speaking_the_findings_api_are_rewrite_targets()
    {
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            ["api"] = "azure-blob",
            ["alternativeEndpoints"] = "s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs;bleu||https://{account}.blob.core.sovcloud-api.fr|azure-blob;outscale|cloudgouv-eu-west-1||s3",
            ["hostStart"] = "8",
            ["hostLength"] = "36",
        });

        Assert.Equal(new[] { "s3ns", "bleu", "outscale" }, finding.AlternativeEndpoints.Select(a => a.ProviderId));
        Assert.Equal("u-france-east1", finding.AlternativeEndpoints[0].Region);
        Assert.Equal(new[] { "bleu" }, finding.RewriteTargets().Select(a => a.ProviderId));
        Assert.Equal(8, finding.HostStart);
        Assert.Equal(36, finding.HostLength);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("-1", "5")]
    [InlineData("3", "0")]
    [InlineData("x", "5")]
    [InlineData("3", " 5")]
    public void A_missing_or_malformed_host_position_means_no_host_to_rewrite(string? start, string? length)
    {
        var finding = FindingContract.Read(new Dictionary<string, string?> { ["hostStart"] = start, ["hostLength"] = length });
        Assert.Null(finding.HostStart);
        Assert.Null(finding.HostLength);
    }

    [Fact]
    public void Without_an_api_nothing_is_a_rewrite_target()
    {
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            ["alternativeEndpoints"] = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|",
        });
        Assert.Single(finding.AlternativeEndpoints);
        Assert.Empty(finding.RewriteTargets());
    }

    [Fact]
    public void Malformed_alternative_entries_are_skipped()
    {
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            ["api"] = "s3",
            ["alternativeEndpoints"] = ";|a|b|s3;outscale|r;ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3;",
        });
        Assert.Equal(new[] { "ovhcloud" }, finding.RewriteTargets().Select(a => a.ProviderId));
    }
}
