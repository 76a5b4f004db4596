using System.Globalization;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;
using Verify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer>;

namespace SovereignAnalyzers.Tests.Rules;

/// <summary>What SOV0001 says: provider, jurisdiction, laws, service, region, alternatives — in English and French.</summary>
public class EndpointLiteralMessageTests
{
    private const string UsJurisdiction = "US";

    [Fact]
    public Task Names_service_provider_region_laws_and_alternatives()
        => Verify.VerifyAsync("""
            class C { string S = {|#0:"https://patient-exports.s3.eu-west-3.amazonaws.com/2026/"|}; }
            """,
            Verify.Diagnostic(Descriptors.EndpointLiteral).WithLocation(0).WithArguments(
                "patient-exports.s3.eu-west-3.amazonaws.com",
                $"is an endpoint of Amazon S3 (Amazon Web Services, eu-west-3, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333. The eu-west-3 region does not change the law that reaches the operator. "
                + "Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public Task Names_a_chinese_provider_and_its_law()
        => Verify.VerifyAsync("""
            class C
            {
                string Oss = {|#0:"https://oss-cn-hangzhou.aliyuncs.com"|};
            }
            """,
            Verify.Diagnostic(Descriptors.EndpointLiteral).WithLocation(0).WithArguments(
                "oss-cn-hangzhou.aliyuncs.com",
                "is an endpoint of Alibaba Cloud OSS (Alibaba Cloud, cn-hangzhou, CN)",
                "subject to the CN National Intelligence Law. "
                + "Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public async Task Speaks_french_when_the_ui_culture_is_french()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), """class C { string S = "https://acct.blob.core.windows.net"; }"""));
        var french = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal(
            "«\u00A0acct.blob.core.windows.net\u00A0» pointe vers Azure Blob Storage / ADLS Gen2 (Microsoft Azure (public cloud), " + UsJurisdiction + ")\u00A0: "
            + "soumis au US CLOUD Act, FISA 702, EO 12333. Alternatives autorisées par la politique\u00A0: S3NS (Cloud de Confiance) (u-france-east1)",
            diagnostic.GetMessage(french));
        Assert.Equal("Point de terminaison d'un fournisseur que la politique n'autorise pas", diagnostic.Descriptor.Title.ToString(french));
        Assert.StartsWith("'acct.blob.core.windows.net' is an endpoint of", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Carries_the_finding_as_properties_for_sarif_and_code_fixes()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), """class C { string S = "https://b.s3.eu-west-3.amazonaws.com"; }"""));
        var properties = diagnostic.Properties;
        Assert.Equal("aws", properties[FindingProperties.ProviderId]);
        Assert.Equal("Amazon Web Services", properties[FindingProperties.ProviderName]);
        Assert.Equal("US", properties[FindingProperties.Jurisdiction]);
        Assert.Equal("us-cloud-act,us-fisa-702,us-eo-12333", properties[FindingProperties.Laws]);
        Assert.Equal("object-storage-s3", properties[FindingProperties.ServiceKind]);
        Assert.Equal("eu-west-3", properties[FindingProperties.Region]);
        Assert.Equal("b.s3.eu-west-3.amazonaws.com", properties[FindingProperties.Host]);
        Assert.Equal("law:us-cloud-act,law:us-fisa-702,law:us-eo-12333", properties[FindingProperties.Reasons]);
        Assert.Equal("outscale,cloud-temple", properties[FindingProperties.Alternatives]);
        Assert.Equal(SovereignAnalyzers.Catalog.ProviderCatalog.BuiltIn.Version, properties[FindingProperties.CatalogVersion]);
        Assert.EndsWith("docs/rules/SOV0001.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public Task Does_not_report_eu_providers_under_the_default_policy()
        => Verify.VerifyAsync("""
            class C
            {
                string Ovh = "https://s3.gra.io.cloud.ovh.net";
                string Outscale = "https://oos.cloudgouv-eu-west-1.outscale.com";
                string Scaleway = "https://s3.fr-par.scw.cloud";
                string CloudTemple = "https://ns1.s3.fr1.cloud-temple.com";
                string S3ns = "https://storage.s3nsapis.fr";
                string Bleu = "https://acct.blob.core.sovcloud-api.fr";
                string Clever = "https://cellar-c2.services.clever-cloud.com";
            }
            """);

    [Fact]
    public async Task Gives_identical_results_when_run_concurrently_many_times()
    {
        var source = string.Join("\n", Enumerable.Range(0, 40).Select(i => $$"""
            class C{{i}}
            {
                string A = "https://b{{i}}.s3.eu-west-{{i % 3 + 1}}.amazonaws.com/k";
                string B = $"https://{A}.blob.core.windows.net/{{i}}";
                string C = "https://s3.gra.io.cloud.ovh.net";
                string D = "Server=tcp:db{{i}}.database.windows.net,1433;Database=x";
            }
            """));
        var compilation = await AnalyzerRunner.CompileAsync(source);
        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => AnalyzerRunner.RunAsync(compilation, new EndpointLiteralAnalyzer()))));
        var first = Describe(runs[0]);
        Assert.Equal(120, runs[0].Length);
        Assert.All(runs, run => Assert.Equal(first, Describe(run)));
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task An_identifier_names_a_service_and_is_not_called_an_endpoint()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), """
            class C
            {
                string Scope = "https://storage.azure.com/.default";
                string Audience = "https://management.core.windows.net/";
                string Principal = "sns.amazonaws.com";
                string Endpoint = "https://sns.eu-west-3.amazonaws.com";
            }
            """);
        Assert.Collection(
            diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)),
            m => Assert.StartsWith("'storage.azure.com' names a service of Azure Storage (Microsoft Azure (public cloud), US): subject to the US CLOUD Act, FISA 702, EO 12333", m),
            m => Assert.StartsWith("'management.core.windows.net' names a service of Azure Resource Manager (Microsoft Azure (public cloud), US): subject to the US CLOUD Act, FISA 702, EO 12333", m),
            m => Assert.StartsWith("'sns.amazonaws.com' names a service of Amazon SNS (Amazon Web Services, US): subject to the US CLOUD Act, FISA 702, EO 12333", m),
            m => Assert.StartsWith("'sns.eu-west-3.amazonaws.com' is an endpoint of Amazon SNS (Amazon Web Services, eu-west-3, US): subject to the US CLOUD Act, FISA 702, EO 12333. The eu-west-3 region does not change the law that reaches the operator", m));
        var french = diagnostics[0].GetMessage(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.StartsWith("\u00AB\u00A0storage.azure.com\u00A0\u00BB désigne le service Azure Storage (Microsoft Azure (public cloud), US)\u00A0: ", french);
    }

    [Fact]
    public Task In_a_multi_line_string_the_finding_points_at_the_host_line()
        => Verify.VerifyAsync(""""
            class C
            {
                string Raw = """
                    {
                      "dsn": "https://key@{|#0:o1.ingest.us.sentry.io|}/42",
                      "name": "demo"
                    }
                    """;
                string Verbatim = @"first line
            https://{|#1:acme.blob.core.windows.net|}/c";
                string OneLine = {|#2:"https://o1.ingest.us.sentry.io/42"|};
                string Twice = {|#3:"""
                    https://a.blob.core.windows.net https://a.blob.core.windows.net
                    """|};
            }
            """",
            Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(0),
            Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(1),
            Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(2),
            Verify.Diagnostic(Descriptors.EndpointLiteral.Id).WithLocation(3));
}
