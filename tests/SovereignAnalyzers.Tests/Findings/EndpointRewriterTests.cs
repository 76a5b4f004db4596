using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>The host replacement computed from catalog data: addressing styles, placeholders, refusals.</summary>
public sealed class EndpointRewriterTests
{
    private static readonly AlternativeEndpointEntry Outscale = new("outscale", "cloudgouv-eu-west-1", "https://oos.cloudgouv-eu-west-1.outscale.com", "s3");
    private static readonly AlternativeEndpointEntry Ovh = new("ovhcloud", "gra", "https://s3.gra.io.cloud.ovh.net", "s3");
    private static readonly AlternativeEndpointEntry CloudTemple = new("cloud-temple", "fr1", "https://{namespace}.s3.fr1.cloud-temple.com", "s3");
    private static readonly AlternativeEndpointEntry Bleu = new("bleu", string.Empty, "https://{account}.blob.core.sovcloud-api.fr", "azure-blob");

    [Theory]
    // virtual-host style: the bucket moves into the path for a store that serves path-style requests only
    [InlineData("hopital-reports.s3.eu-west-3.amazonaws.com", "https://", "/2026-12/", "oos.cloudgouv-eu-west-1.outscale.com/hopital-reports")]
    [InlineData("hopital-reports.s3.eu-west-3.amazonaws.com", "https://", "", "oos.cloudgouv-eu-west-1.outscale.com/hopital-reports")]
    [InlineData("hopital-reports.s3.eu-west-3.amazonaws.com", "\"https://", "\"", "oos.cloudgouv-eu-west-1.outscale.com/hopital-reports")]
    [InlineData("my.dotted.bucket.s3.amazonaws.com", "https://", "/key", "oos.cloudgouv-eu-west-1.outscale.com/my.dotted.bucket")]
    // path style and the endpoint alone: the host is replaced
    [InlineData("s3.eu-west-3.amazonaws.com", "https://", "/hopital-reports/x", "oos.cloudgouv-eu-west-1.outscale.com")]
    [InlineData("S3.EU-WEST-3.AMAZONAWS.COM", "https://", "", "oos.cloudgouv-eu-west-1.outscale.com")]
    [InlineData("s3-eu-west-3.amazonaws.com", "https://", "/b", "oos.cloudgouv-eu-west-1.outscale.com")]
    [InlineData("s3.dualstack.eu-west-3.amazonaws.com", "", "", "oos.cloudgouv-eu-west-1.outscale.com")]
    [InlineData("s3.amazonaws.com", "https://", "/b/k", "oos.cloudgouv-eu-west-1.outscale.com")]
    public void Amazon_S3_hosts_lead_to_3DS_Outscale(string host, string before, string after, string expected)
        => Assert.Equal(expected, Rewrite("aws", "object-storage-s3", host, Outscale, before, after));

    [Fact]
    public void A_store_serving_virtual_host_requests_keeps_the_bucket_in_the_host()
        => Assert.Equal("hopital-reports.s3.gra.io.cloud.ovh.net", Rewrite("aws", "object-storage-s3", "hopital-reports.s3.eu-west-3.amazonaws.com", Ovh, "https://", "/x"));

    [Theory]
    [InlineData("", "")] // a bare host cannot carry the bucket in a path
    [InlineData("https://", ":443/x")] // nor a host followed by a port
    public void No_rewrite_when_the_bucket_has_nowhere_to_go(string before, string after)
        => Assert.Null(Rewrite("aws", "object-storage-s3", "hopital-reports.s3.eu-west-3.amazonaws.com", Outscale, before, after));

    [Fact]
    public void No_rewrite_when_the_alternative_endpoint_needs_a_value_the_host_does_not_give()
        => Assert.Null(Rewrite("aws", "object-storage-s3", "s3.eu-west-3.amazonaws.com", CloudTemple, "https://", ""));

    [Fact]
    public void An_Azure_storage_account_moves_to_Bleu_with_its_account_name()
        => Assert.Equal("hopital-archive.blob.core.sovcloud-api.fr", Rewrite("azure", "object-storage", "hopital-archive.blob.core.windows.net", Bleu, "https://", "/exports"));

    [Theory]
    [InlineData("custom-provider-not-in-catalog", "object-storage-s3", "s3.eu-west-3.amazonaws.com")]
    [InlineData("aws", "queue", "s3.eu-west-3.amazonaws.com")] // the host is not of the finding's service
    [InlineData("aws", "object-storage-s3", "s3.eu-west-3.amazonaws.com.evil.example")]
    public void No_rewrite_when_the_catalog_does_not_describe_the_host(string providerId, string kind, string host)
        => Assert.Null(Rewrite(providerId, kind, host, Outscale, "https://", ""));

    [Fact]
    public void A_rewrite_that_changes_nothing_is_not_offered()
    {
        var same = new AlternativeEndpointEntry("outscale", "cloudgouv-eu-west-1", "https://oos.cloudgouv-eu-west-1.outscale.com", "s3");
        Assert.Null(Rewrite("outscale", "object-storage-s3", "oos.cloudgouv-eu-west-1.outscale.com", same, "https://", ""));
    }

    [Theory]
    [InlineData("https://oos.x.outscale.com", "oos.x.outscale.com")]
    [InlineData("https://oos.x.outscale.com:8443/p", "oos.x.outscale.com")]
    [InlineData("https://storage.googleapis.com/{bucket}", "storage.googleapis.com")]
    [InlineData("s3.gra.io.cloud.ovh.net", "s3.gra.io.cloud.ovh.net")]
    public void HostOf_takes_the_host_out_of_an_endpoint(string endpoint, string host)
        => Assert.Equal(host, HostTemplate.HostOf(endpoint));

    private static string? Rewrite(string providerId, string kind, string host, AlternativeEndpointEntry alternative, string before, string after)
    {
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            [FindingProperties.ProviderId] = providerId,
            [FindingProperties.ServiceKind] = kind,
            [FindingProperties.Host] = host,
        });
        return EndpointRewriter.Rewrite(ProviderCatalog.BuiltIn, finding, host, alternative, before, after);
    }
}
