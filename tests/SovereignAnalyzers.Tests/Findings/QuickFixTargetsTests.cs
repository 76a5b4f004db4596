using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>The one predicate the code fixes and the command line share: which alternatives a quick fix moves a finding to.</summary>
public sealed class QuickFixTargetsTests
{
    private const string Outscale = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3";
    private const string Ovh = "ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3";
    private const string CloudTemple = "cloud-temple|fr1|https://{namespace}.s3.fr1.cloud-temple.com|s3";
    private const string S3ns = "s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs";
    private const string Bleu = "bleu||https://{account}.blob.core.sovcloud-api.fr|azure-blob";

    [Fact]
    public void Alternatives_are_read_in_order_and_only_those_speaking_the_findings_api_are_targets()
    {
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            ["providerId"] = "azure",
            ["serviceKind"] = "object-storage",
            ["host"] = "acme.blob.core.windows.net",
            ["api"] = "azure-blob",
            ["alternativeEndpoints"] = S3ns + ";" + Bleu + ";outscale|cloudgouv-eu-west-1||s3",
            ["hostStart"] = "8",
            ["hostLength"] = "26",
        });

        Assert.Equal(new[] { "s3ns", "bleu", "outscale" }, finding.AlternativeEndpoints.Select(a => a.ProviderId));
        Assert.Equal("u-france-east1", finding.AlternativeEndpoints[0].Region);
        Assert.Equal(new[] { "bleu" }, Targets(finding));
        Assert.Equal(8, finding.HostStart);
        Assert.Equal(26, finding.HostLength);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("-1", "5")]
    [InlineData("3", "0")]
    [InlineData("x", "5")]
    [InlineData("3", " 5")]
    public void A_missing_or_malformed_host_position_means_no_host_to_rewrite(string? start, string? length)
    {
        var finding = Host("aws", "object-storage-s3", "s3.eu-west-3.amazonaws.com", "s3", Outscale, start, length);
        Assert.Null(finding.HostStart);
        Assert.Null(finding.HostLength);
        Assert.Empty(Targets(finding));
    }

    [Fact]
    public void Without_an_api_nothing_is_a_target()
    {
        var finding = Host("aws", "object-storage-s3", "s3.eu-west-3.amazonaws.com", string.Empty, "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|");
        Assert.Single(finding.AlternativeEndpoints);
        Assert.Empty(Targets(finding));
    }

    [Fact]
    public void Malformed_alternative_entries_are_skipped()
    {
        var finding = Host("aws", "object-storage-s3", "s3.eu-west-3.amazonaws.com", "s3", ";|a|b|s3;outscale|r;" + Ovh + ";");
        Assert.Equal(new[] { "ovhcloud" }, Targets(finding));
    }

    [Fact]
    public void A_written_host_moves_only_where_the_endpoint_can_be_filled_from_it()
    {
        // Cloud Temple's endpoint needs a namespace that an AWS host does not give; an Azure account name carries over to Bleu.
        Assert.Equal(new[] { "outscale" }, Targets(Host("aws", "object-storage-s3", "reports.s3.eu-west-3.amazonaws.com", "s3", CloudTemple + ";" + Outscale)));
        Assert.Empty(Targets(Host("aws", "object-storage-s3", "reports.s3.eu-west-3.amazonaws.com", "s3", CloudTemple)));
        Assert.Equal(new[] { "bleu" }, Targets(Host("azure", "object-storage", "acme.blob.core.windows.net", "azure-blob", Bleu)));
    }

    [Theory]
    [InlineData("aws-sdk", "region", Outscale, "outscale")]
    [InlineData("aws-sdk", "default", CloudTemple + ";" + Ovh, "ovhcloud")] // a client config needs a complete endpoint
    [InlineData("google-cloud", "default", S3ns, "s3ns")]
    [InlineData("google-cloud", "region", S3ns, "s3ns")]
    [InlineData("aws-sdk", "runtime", Outscale, "")] // SOV0003: nothing to rewrite
    [InlineData("aws-sdk", "connectionString", Outscale, "")]
    [InlineData("azure-sdk", "default", Outscale, "")] // no client fix for this family
    [InlineData("", "default", Outscale, "")]
    public void A_client_decided_by_a_region_or_the_default_moves_in_families_with_a_client_fix(string family, string decidedBy, string endpoints, string expected)
    {
        var api = endpoints.Split('|')[3].Split(';')[0];
        var finding = FindingContract.Read(new Dictionary<string, string?>
        {
            ["providerId"] = family == "google-cloud" ? "gcp" : "aws",
            ["api"] = api,
            ["alternativeEndpoints"] = endpoints,
            ["sdkFamily"] = family,
            ["decidedBy"] = decidedBy,
        });
        Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }, Targets(finding));
        Assert.Equal(expected.Length > 0, QuickFixTargets.CanMove(finding, ProviderCatalog.BuiltIn));
    }

    [Theory]
    [InlineData("https://storage.s3nsapis.fr", "s3nsapis.fr")]
    [InlineData("https://storage.googleapis.com/{bucket}", "googleapis.com")]
    [InlineData("https://s3nsapis.fr", null)]
    [InlineData("https://{service}.s3nsapis.fr", null)]
    public void The_universe_domain_is_the_endpoint_host_without_its_service_label(string endpoint, string? universe)
        => Assert.Equal(universe, QuickFixTargets.UniverseDomainOf(endpoint));

    private static FindingContract Host(string provider, string kind, string host, string api, string endpoints, string? start = "8", string? length = null)
        => FindingContract.Read(new Dictionary<string, string?>
        {
            ["providerId"] = provider,
            ["serviceKind"] = kind,
            ["host"] = host,
            ["api"] = api,
            ["alternativeEndpoints"] = endpoints,
            ["hostStart"] = start,
            ["hostLength"] = start == "8" && length is null ? host.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : length,
        });

    private static string[] Targets(FindingContract finding) => QuickFixTargets.Of(finding, ProviderCatalog.BuiltIn).Select(a => a.ProviderId).ToArray();
}
