using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;
using SovereignAnalyzers.Tests.Sdk;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>
/// The findings contract (docs/findings.md): the exact properties of each rule's diagnostics, where
/// <c>hostStart</c>/<c>hostLength</c> point, and the deciding expression of SDK findings.
/// </summary>
public class FindingContractTests
{
    private const string AwsLaws = "us-cloud-act,us-fisa-702,us-eo-12333";
    private const string AwsReasons = "law:us-cloud-act,law:us-fisa-702,law:us-eo-12333";
    private const string DefaultS3Alternatives = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3;cloud-temple|fr1|https://{namespace}.s3.fr1.cloud-temple.com|s3";
    private const string PolicyS3Alternatives = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3;ovhcloud|gra|https://s3.gra.io.cloud.ovh.net|s3";
    private const string PolicyPath = "/repo/sovereignty.json";
    private const string Policy = """{ "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "cloudgouv-eu-west-1" }, "ovhcloud" ] } }""";

    private static readonly string CatalogVersion = ProviderCatalog.BuiltIn.Version;

    [Fact]
    public async Task SOV0001_carries_every_key_and_the_host_inside_the_literal()
    {
        const string Source = """class C { string S = "https://b.s3.eu-west-3.amazonaws.com/key"; }""";
        var diagnostic = Assert.Single(await RunAsync(Source));

        AssertProperties(diagnostic, AwsS3("eu-west-3", "b.s3.eu-west-3.amazonaws.com", DefaultS3Alternatives, policyFile: string.Empty), ("hostStart", "9"), ("hostLength", "28"));
        Assert.Equal("b.s3.eu-west-3.amazonaws.com", HostAsWritten(diagnostic));
        Assert.Empty(diagnostic.AdditionalLocations);
    }

    [Fact]
    public async Task SOV0001_under_a_policy_names_the_policy_file_and_its_alternatives_in_its_order()
    {
        const string Source = """class C { string S = @"https://B.S3.EU-WEST-3.AMAZONAWS.COM"; }""";
        var diagnostic = Assert.Single(await RunAsync(Source, (PolicyPath, Policy)));

        AssertProperties(diagnostic, AwsS3("eu-west-3", "b.s3.eu-west-3.amazonaws.com", PolicyS3Alternatives, PolicyPath), ("hostStart", "10"), ("hostLength", "28"));
        Assert.Equal("B.S3.EU-WEST-3.AMAZONAWS.COM", HostAsWritten(diagnostic));
    }

    [Fact]
    public async Task SOV0001_locates_the_host_in_the_part_of_a_concatenation_that_holds_it()
    {
        const string Source = """class C { string P = "k"; string S => "https://" + "b.s3.eu-west-3.amazonaws.com/" + P; }""";
        var diagnostic = Assert.Single(await RunAsync(Source));

        Assert.Equal("b.s3.eu-west-3.amazonaws.com", HostAsWritten(diagnostic));
        Assert.Equal(diagnostic.Location.SourceTree!.ToString().IndexOf("b.s3.", StringComparison.Ordinal) - diagnostic.Location.SourceSpan.Start, int.Parse(diagnostic.Properties["hostStart"]!));
    }

    [Theory]
    [InlineData("""class C { string S = "https://b.s3.eu-west-3.amazon\u0061ws.com"; }""")] // escaped inside the host
    [InlineData("""class C { string S = "https://b.s3.eu-west-3.amazonaws.com;https://b.s3.eu-west-3.amazonaws.com"; }""")] // written twice
    [InlineData("""class C { string B = "b"; string S => $"https://{B}.s3.eu-west-3.amazonaws.com"; }""")] // a hole in the host
    public async Task SOV0001_has_no_host_position_when_the_host_is_not_written_literally_once(string source)
    {
        var diagnostic = Assert.Single(await RunAsync(source));

        Assert.Equal("aws", diagnostic.Properties["providerId"]);
        Assert.False(diagnostic.Properties.ContainsKey("hostStart"));
        Assert.False(diagnostic.Properties.ContainsKey("hostLength"));
    }

    [Fact]
    public async Task Alternatives_are_only_those_the_policy_allows_in_a_region_it_allows()
    {
        const string Strict = """
            {
              "requiredQualifications": ["secnumcloud"],
              "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "eu-west-2" }, "ovhcloud" ] }
            }
            """;
        var diagnostic = Assert.Single(await RunAsync("""class C { string S = "https://s3.eu-west-3.amazonaws.com"; }""", (PolicyPath, Strict)));

        Assert.Equal("outscale", diagnostic.Properties["alternatives"]);
        Assert.Equal("outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3", diagnostic.Properties["alternativeEndpoints"]);
    }

    [Fact]
    public async Task A_custom_provider_that_states_its_api_and_endpoint_is_an_alternative_like_a_catalog_one()
    {
        const string Custom = """
            {
              "providers": [ {
                "id": "intranet", "name": "Hospital S3", "jurisdiction": "FR",
                "services": [ { "kind": "object-storage-s3", "hosts": ["s3.{region}.intranet.hopital.example"], "regions": ["site-a"],
                                "api": "s3", "endpoint": "https://s3.{region}.intranet.hopital.example" } ]
              } ],
              "alternatives": { "object-storage-s3": [ { "provider": "intranet", "region": "site-a" }, "outscale" ] }
            }
            """;
        var diagnostic = Assert.Single(await RunAsync("""class C { string S = "https://s3.eu-west-3.amazonaws.com"; }""", (PolicyPath, Custom)));

        Assert.Equal("intranet,outscale", diagnostic.Properties["alternatives"]);
        Assert.Equal(
            "intranet|site-a|https://s3.site-a.intranet.hopital.example|s3;outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3",
            diagnostic.Properties["alternativeEndpoints"]);
    }

    [Fact]
    public async Task A_custom_provider_that_states_its_api_is_reported_with_it_and_without_it_has_none()
    {
        const string Custom = """
            {
              "providers": [
                { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"],
                  "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme-cloud.example"], "api": "s3" } ] },
                { "id": "other", "name": "Other Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"],
                  "services": [ { "kind": "object-storage-s3", "hosts": ["s3.other-cloud.example"] } ] }
              ]
            }
            """;
        var diagnostics = await RunAsync("""class C { string A = "https://s3.acme-cloud.example/b"; string B = "https://s3.other-cloud.example/b"; }""", (PolicyPath, Custom));

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(("acme", "s3", DefaultS3Alternatives), (diagnostics[0].Properties["providerId"], diagnostics[0].Properties["api"], diagnostics[0].Properties["alternativeEndpoints"]));
        Assert.Equal(("other", string.Empty), (diagnostics[1].Properties["providerId"], diagnostics[1].Properties["api"]));
    }

    [Fact]
    public async Task SOV0004_counts_the_host_from_the_value_as_written_in_the_file()
    {
        const string Settings = """{ "S3": { "ServiceUrl": "https://s3.eu-west-3.amazonaws.com" } }""";
        var diagnostic = Assert.Single(await RunAsync("class C { }", (PolicyPath, Policy), ("/repo/appsettings.json", Settings)), d => d.Id == RuleIds.ConfigurationEndpoint);

        AssertProperties(diagnostic, AwsS3("eu-west-3", "s3.eu-west-3.amazonaws.com", PolicyS3Alternatives, PolicyPath), ("hostStart", "9"), ("hostLength", "26"), ("setting", "S3:ServiceUrl"));
        Assert.Equal("s3.eu-west-3.amazonaws.com", Settings.Substring(diagnostic.Location.SourceSpan.Start + 9, 26));
    }

    [Fact]
    public async Task SOV0004_has_no_host_position_for_a_json_escaped_host()
    {
        const string Settings = """{ "Url": "https://s3.eu-west-3.amazon\u0061ws.com" }""";
        var diagnostic = Assert.Single(await RunAsync("class C { }", ("/repo/appsettings.json", Settings)));

        Assert.Equal("s3.eu-west-3.amazonaws.com", diagnostic.Properties["host"]);
        Assert.False(diagnostic.Properties.ContainsKey("hostStart"));
    }

    [Fact]
    public async Task SOV0002_decided_by_a_literal_points_at_it_and_at_its_host()
    {
        const string Source = """
            using Amazon.S3;
            class C { object M() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.eu-west-3.amazonaws.com" }); }
            """;
        var diagnostic = Assert.Single(await RunAsync(Source), d => d.Id == RuleIds.SdkClientTarget);

        AssertProperties(diagnostic, AwsS3("eu-west-3", "s3.eu-west-3.amazonaws.com", DefaultS3Alternatives, string.Empty),
            ("decidedBy", "literal"), ("sdkFamily", "aws-sdk"), ("client", "AmazonS3Client"), ("hostStart", "62"), ("hostLength", "26"));
        Assert.Equal("s3.eu-west-3.amazonaws.com", HostAsWritten(diagnostic));
        Assert.Equal("\"https://s3.eu-west-3.amazonaws.com\"", TextOf(Assert.Single(diagnostic.AdditionalLocations)));
    }

    [Fact]
    public async Task SOV0002_decided_by_a_region_or_a_connection_string_or_nothing()
    {
        const string Source = """
            using Amazon;
            using Amazon.S3;
            using Azure.Storage.Blobs;
            using Google.Cloud.Storage.V1;
            class C
            {
                object A() => new AmazonS3Client(RegionEndpoint.EUWest3);
                object B() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bm8=;EndpointSuffix=core.windows.net");
                object D() => StorageClient.Create();
            }
            """;
        var diagnostics = (await RunAsync(Source)).Where(d => d.Id == RuleIds.SdkClientTarget).ToArray();
        Assert.Equal(3, diagnostics.Length);

        AssertProperties(diagnostics[0], AwsS3("eu-west-3", "s3.eu-west-3.amazonaws.com", DefaultS3Alternatives, string.Empty),
            ("decidedBy", "region"), ("sdkFamily", "aws-sdk"), ("client", "AmazonS3Client"));
        Assert.Equal("RegionEndpoint.EUWest3", TextOf(Assert.Single(diagnostics[0].AdditionalLocations)));

        Assert.Equal("connectionString", diagnostics[1].Properties["decidedBy"]);
        Assert.Equal("azure", diagnostics[1].Properties["providerId"]);
        Assert.Equal("core.windows.net", diagnostics[1].Properties["host"]);
        Assert.Equal("core.windows.net", HostAsWritten(diagnostics[1]));
        Assert.Equal("\"DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bm8=;EndpointSuffix=core.windows.net\"", TextOf(Assert.Single(diagnostics[1].AdditionalLocations)));

        AssertProperties(diagnostics[2], new Dictionary<string, string?>
        {
            // The SDK's default decides the provider; the client decides the service (StorageClient speaks Cloud Storage).
            ["providerId"] = "gcp", ["providerName"] = "Google Cloud", ["jurisdiction"] = "US", ["laws"] = AwsLaws, ["serviceKind"] = "object-storage",
            ["region"] = null, ["host"] = null, ["reasons"] = AwsReasons, ["alternatives"] = "s3ns", ["catalogVersion"] = CatalogVersion,
            ["policyFile"] = string.Empty, ["api"] = "gcs", ["alternativeEndpoints"] = "s3ns|u-france-east1|https://storage.s3nsapis.fr|gcs",
            ["decidedBy"] = "default", ["sdkFamily"] = "google-cloud", ["client"] = "StorageClient",
        });
        Assert.Empty(diagnostics[2].AdditionalLocations);
    }

    [Fact]
    public async Task SOV0002_decided_by_a_local_has_no_host_position_but_points_at_the_value()
    {
        const string Source = """
            using Amazon.S3;
            class C
            {
                object M()
                {
                    var url = "https://s3.eu-west-3.amazonaws.com";
                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = url });
                }
            }
            """;
        var diagnostic = Assert.Single(await RunAsync(Source), d => d.Id == RuleIds.SdkClientTarget);

        Assert.Equal("literal", diagnostic.Properties["decidedBy"]);
        Assert.False(diagnostic.Properties.ContainsKey("hostStart"));
        Assert.Equal("\"https://s3.eu-west-3.amazonaws.com\"", TextOf(Assert.Single(diagnostic.AdditionalLocations)));
    }

    [Fact]
    public async Task SOV0003_carries_the_contract_with_the_run_time_expression_as_additional_location()
    {
        const string Source = """
            using Amazon.S3;
            class C { object M(string url) => new AmazonS3Client(new AmazonS3Config { ServiceURL = url }); }
            """;
        var diagnostic = Assert.Single(await RunAsync(Source, (PolicyPath, Policy)));

        Assert.Equal(RuleIds.SdkRuntimeEndpoint, diagnostic.Id);
        AssertProperties(diagnostic, new Dictionary<string, string?>
        {
            ["providerId"] = "aws", ["providerName"] = "Amazon Web Services", ["jurisdiction"] = "US", ["laws"] = AwsLaws, ["serviceKind"] = null,
            ["region"] = null, ["host"] = null, ["reasons"] = AwsReasons, ["alternatives"] = string.Empty, ["catalogVersion"] = CatalogVersion,
            ["policyFile"] = PolicyPath, ["api"] = string.Empty, ["alternativeEndpoints"] = string.Empty,
            ["decidedBy"] = "runtime", ["sdkFamily"] = "aws-sdk", ["client"] = "AmazonS3Client",
        });
        Assert.Equal("url", TextOf(Assert.Single(diagnostic.AdditionalLocations)));
    }

    [Fact]
    public async Task SOV0005_carries_the_contract()
    {
        var diagnostic = Assert.Single(await SdkVerify.AnalyzeBrokenAsync("class C { }"), d => d.Id == RuleIds.SdkReference && d.Properties["assembly"] == "AWSSDK.S3");

        AssertProperties(diagnostic, new Dictionary<string, string?>
        {
            ["providerId"] = "aws", ["providerName"] = "Amazon Web Services", ["jurisdiction"] = "US", ["laws"] = AwsLaws, ["serviceKind"] = null,
            ["region"] = null, ["host"] = null, ["reasons"] = AwsReasons, ["alternatives"] = string.Empty, ["catalogVersion"] = CatalogVersion,
            ["policyFile"] = string.Empty, ["api"] = string.Empty, ["alternativeEndpoints"] = string.Empty,
            ["sdkFamily"] = "aws-sdk", ["assembly"] = "AWSSDK.S3",
        });
    }

    [Fact]
    public void Every_key_is_documented_on_the_findings_page()
    {
        var page = File.ReadAllText(RepositoryPaths.Get("docs", "findings.md"));
        var keys = typeof(FindingProperties).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetValue(null)!);
        Assert.All(keys, key => Assert.Contains("| `" + key + "` |", page, StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> AwsS3(string region, string host, string alternativeEndpoints, string policyFile) => new()
    {
        ["providerId"] = "aws",
        ["providerName"] = "Amazon Web Services",
        ["jurisdiction"] = "US",
        ["laws"] = AwsLaws,
        ["serviceKind"] = "object-storage-s3",
        ["region"] = region,
        ["host"] = host,
        ["reasons"] = AwsReasons,
        ["alternatives"] = string.Join(",", alternativeEndpoints.Split(';').Select(a => a.Split('|')[0])),
        ["catalogVersion"] = CatalogVersion,
        ["policyFile"] = policyFile,
        ["api"] = "s3",
        ["alternativeEndpoints"] = alternativeEndpoints,
    };

    private static void AssertProperties(Diagnostic diagnostic, Dictionary<string, string?> expected, params (string Key, string Value)[] more)
    {
        foreach (var (key, value) in more)
        {
            expected[key] = value;
        }

        Assert.Equal(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value),
            diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), diagnostic.Properties.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The text a fix would replace: <c>TextSpan(location.SourceSpan.Start + hostStart, hostLength)</c>.</summary>
    private static string HostAsWritten(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.SourceSpan.Start + int.Parse(diagnostic.Properties["hostStart"]!);
        return diagnostic.Location.SourceTree!.GetText().ToString(new TextSpan(start, int.Parse(diagnostic.Properties["hostLength"]!)));
    }

    private static string TextOf(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

    [Theory]
    // Bleu is proposed only where the policy allows it: licensed technology accepted (the default), and named.
    [InlineData("""{ "alternatives": { "object-storage": [ "bleu" ] } }""", "bleu")]
    [InlineData("""{ "allowLicensedTechnology": false, "alternatives": { "object-storage": [ "bleu" ] } }""", "")]
    [InlineData("{}", "")] // by default only qualified alternatives (S3NS, which speaks another API)
    public async Task Azure_Blob_moves_to_Bleu_only_where_the_policy_allows_Bleu(string policy, string expected)
    {
        const string Source = """class C { const string Archive = "https://hopital-archive.blob.core.windows.net/exports"; }""";
        var diagnostic = Assert.Single(await RunAsync(Source, (PolicyPath, policy)), d => d.Id == RuleIds.EndpointLiteral);

        var targets = QuickFixTargets.Of(FindingContract.Read(diagnostic.Properties), ProviderCatalog.BuiltIn);

        Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }, targets.Select(t => t.ProviderId));
        Assert.DoesNotContain(AlternativeEndpointEntry.ParseList(diagnostic.Properties["alternativeEndpoints"]), e => e.ProviderId == "bleu" && expected.Length == 0);
    }

    [Theory]
    // A connection string's EndpointSuffix moves to Bleu's only where the policy allows Bleu.
    [InlineData("""{ "alternatives": { "object-storage": [ "bleu" ] } }""", "bleu")]
    [InlineData("""{ "allowLicensedTechnology": false, "alternatives": { "object-storage": [ "bleu" ] } }""", "")]
    [InlineData("{}", "")]
    public async Task A_connection_strings_suffix_moves_to_Bleu_only_where_the_policy_allows_Bleu(string policy, string expected)
    {
        const string Source = """class C { const string Archive = "DefaultEndpointsProtocol=https;AccountName=archive;AccountKey=a2V5;EndpointSuffix=core.windows.net"; }""";
        var diagnostic = Assert.Single(await RunAsync(Source, (PolicyPath, policy)), d => d.Id == RuleIds.EndpointLiteral);

        var targets = QuickFixTargets.Of(FindingContract.Read(diagnostic.Properties), ProviderCatalog.BuiltIn);

        Assert.Equal(expected.Length == 0 ? Array.Empty<string>() : new[] { expected }, targets.Select(t => t.ProviderId));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, params (string Path, string Text)[] additionalFiles)
    {
        var compilation = await AnalyzerRunner.CompileAsync(source);
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, AllAnalyzers.Create(), additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
