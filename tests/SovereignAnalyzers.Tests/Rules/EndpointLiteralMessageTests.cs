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
                $"Amazon S3 (Amazon Web Services, eu-west-3, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333; the eu-west-3 region does not change the law that reaches the operator. "
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
                "Alibaba Cloud OSS (Alibaba Cloud, cn-hangzhou, CN)",
                "subject to the CN National Intelligence Law. "
                + "Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public async Task Speaks_french_when_the_ui_culture_is_french()
    {
        var diagnostic = Assert.Single(await AnalyzerRunner.RunAsync(new EndpointLiteralAnalyzer(), """class C { string S = "https://acct.blob.core.windows.net"; }"""));
        var french = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal(
            "«\u00A0acct.blob.core.windows.net\u00A0» est un point de terminaison du service Azure Blob Storage / ADLS Gen2 (Microsoft Azure (public cloud), " + UsJurisdiction + ")\u00A0: "
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
}
