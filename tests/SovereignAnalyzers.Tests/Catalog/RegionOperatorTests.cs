using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Tests.Infrastructure;
using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Catalog;

/// <summary>
/// Regions run by another entity than the provider's (Outscale's US regions, OVHcloud's US offer): judged
/// with that entity's jurisdiction and laws, and never offered as an alternative.
/// </summary>
public class RegionOperatorTests
{
    private const string UsJurisdiction = "US";

    private static ProviderCatalog Catalog => ProviderCatalog.BuiltIn;

    [Theory]
    [InlineData("https://oos.us-east-2.outscale.com/bucket", "outscale-us", "us-east-2")]
    [InlineData("https://api.us-west-1.outscale.com/api/v1", "outscale-us", "us-west-1")]
    [InlineData("https://oos.eu-west-2.outscale.com/bucket", "outscale", "eu-west-2")]
    [InlineData("https://OOS.US-EAST-2.OUTSCALE.COM/bucket", "outscale-us", "us-east-2")]
    [InlineData("https://oos.ap-northeast-1.outscale.com/bucket", "outscale", "ap-northeast-1")]
    [InlineData("https://s3.us-east-va.io.cloud.ovh.us", "ovhcloud-us", "us-east-va")]
    [InlineData("https://s3.gra.io.cloud.ovh.net", "ovhcloud", "gra")]
    public void A_host_in_an_operated_region_is_the_operators(string text, string providerId, string region)
    {
        var match = EndpointExtractor.Extract(text).Select(c => HostIndex.Of(Catalog).Classify(c)).First(m => m is not null)!;
        Assert.Equal(providerId, match.Provider.Id);
        Assert.Equal(region, match.Region);
    }

    [Theory]
    [InlineData("outscale", "us-east-2", "outscale-us")]
    [InlineData("outscale", "US-WEST-1", "outscale-us")]
    [InlineData("outscale", "cloudgouv-eu-west-1", "outscale")]
    [InlineData("outscale", null, "outscale")]
    [InlineData("ovhcloud", "us-west-or", "ovhcloud-us")]
    [InlineData("aws", "us-east-2", "aws")]
    public void A_target_in_an_operated_region_is_the_operators(string providerId, string? region, string expected)
        => Assert.Equal(expected, new Target(Catalog.FindProvider(providerId)!, null, region).Provider.Id);

    [Theory]
    [InlineData("outscale-us", "outscale", "Outscale, Inc.")]
    [InlineData("ovhcloud-us", "ovhcloud", "OVH US LLC")]
    public void Operators_carry_their_own_entity_and_us_laws_and_no_qualification(string id, string parentId, string entity)
    {
        var regionOperator = Catalog.FindProvider(id)!;
        Assert.Equal(parentId, regionOperator.OperatesRegionsOf);
        Assert.Equal(entity, regionOperator.Entity.Name);
        Assert.Equal("US", regionOperator.Entity.Jurisdiction);
        Assert.Equal(new[] { "us-cloud-act", "us-fisa-702", "us-eo-12333" }, regionOperator.Laws.Select(l => l.LawId));
        Assert.Empty(regionOperator.Qualifications);
        Assert.Contains(regionOperator, Catalog.FindProvider(parentId)!.RegionOperators);
    }

    [Fact]
    public void The_default_policy_reports_an_operated_region_for_its_laws()
    {
        var outscale = Catalog.FindProvider("outscale")!;
        var service = outscale.Services.First(s => s.Kind == "object-storage-s3");
        Assert.True(PolicyEvaluation.Default.Evaluate(new Target(outscale, service, "eu-west-2")).IsAllowed);
        var verdict = PolicyEvaluation.Default.Evaluate(new Target(outscale, service, "us-east-2"));
        Assert.Equal(new[] { "law:us-cloud-act", "law:us-fisa-702", "law:us-eo-12333" }, verdict.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("""{ "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "us-east-2" }, "ovhcloud" ] } }""", "outscale:cloudgouv-eu-west-1", "ovhcloud:gra")]
    [InlineData("""{ "forbiddenLaws": [], "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "us-west-1" }, "ovhcloud" ] } }""", "outscale:cloudgouv-eu-west-1", "ovhcloud:gra")]
    [InlineData("""{ "allow": ["outscale-us"], "alternatives": { "object-storage-s3": [ "outscale-us", "ovhcloud-us", "ovhcloud" ] } }""", "ovhcloud:gra")]
    public void An_operated_region_is_never_an_alternative(string policyText, params string[] expected)
    {
        // A preferred region run by another entity falls back to a region the provider runs itself, as any
        // region the policy does not allow; the operator is never offered, even when the policy allows it.
        var result = PolicyReader.Read(policyText, "sovereignty.json", Catalog);
        Assert.Empty(result.Errors);
        var evaluation = new PolicyEvaluation(Catalog, result.Policy!, TestEnvironment.Today);
        Assert.Equal(expected, evaluation.AlternativesFor("object-storage-s3").Select(a => a.Provider.Id + ":" + a.Region));
    }

    [Fact]
    public void Operators_are_never_default_alternatives()
    {
        foreach (var kind in Catalog.Providers.SelectMany(p => p.Services).Select(s => s.Kind).Distinct())
        {
            Assert.DoesNotContain(PolicyEvaluation.Default.AlternativesFor(kind), t => t.Provider.IsRegionOperator || t.Provider.Entity.Jurisdiction == "US");
        }
    }

    [Fact]
    public Task Allowing_a_provider_does_not_allow_the_regions_another_entity_runs()
        => VerifyAsync(
            """
            class C
            {
                string Paris = "https://oos.eu-west-2.outscale.com/bucket";
                string Virginia = {|#0:"https://oos.us-east-2.outscale.com/bucket"|};
                string OvhUs = {|#1:"https://s3.us-west-or.io.cloud.ovh.us"|};
            }
            """,
            """{ "allow": ["outscale", "ovhcloud"], "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": "us-east-2" }, { "provider": "outscale", "region": "eu-west-2" } ] } }""",
            EndpointLiteral(
                0,
                "oos.us-east-2.outscale.com",
                $"OUTSCALE Object Storage (OOS) (3DS Outscale US (Outscale, Inc.), us-east-2, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333. The us-east-2 region is run by Outscale, Inc. (US). Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), 3DS Outscale (eu-west-2)"),
            EndpointLiteral(
                1,
                "s3.us-west-or.io.cloud.ovh.us",
                $"OVHcloud US Object Storage (OVHcloud US (OVH US LLC), us-west-or, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333. The us-west-or region is run by OVH US LLC (US). Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), 3DS Outscale (eu-west-2)"));

    [Theory]
    [InlineData("""{ "id": "acme-us", "name": "Acme US", "entity": { "name": "Acme Inc.", "jurisdiction": "US", "status": "unconfirmed", "source": "", "asOf": "2026" } }""", "must list the 'regions'")]
    [InlineData("""{ "id": "acme-us", "name": "Acme US", "regions": ["us-1"], "entity": { "name": "Acme Inc.", "jurisdiction": "US", "status": "unconfirmed", "source": "", "asOf": "2026" }, "qualifications": [ { "id": "secnumcloud", "state": "qualified", "status": "confirmed", "source": "x", "asOf": "2026" } ] }""", "no qualifications")]
    [InlineData("""{ "id": "acme-us", "name": "Acme US", "regions": ["us-1"], "entity": { "name": "Acme Inc.", "jurisdiction": "XX", "status": "unconfirmed", "source": "", "asOf": "2026" } }""", "unknown jurisdiction 'XX'")]
    [InlineData("""{ "id": "acme", "name": "Acme US", "regions": ["us-1"], "entity": { "name": "Acme Inc.", "jurisdiction": "US", "status": "unconfirmed", "source": "", "asOf": "2026" } }""", "declared twice")]
    public void A_malformed_region_operator_is_refused_with_its_reason(string operatorJson, string reason)
    {
        var text = """
            { "version": "1", "jurisdictions": [ { "code": "US", "name": "United States", "eu": false }, { "code": "FR", "name": "France", "eu": true } ],
              "qualifications": [ { "id": "secnumcloud", "name": "SecNumCloud", "jurisdiction": "FR", "source": "x", "asOf": "2026" } ],
              "providers": [ { "id": "acme", "name": "Acme", "entity": { "name": "Acme SAS", "jurisdiction": "FR", "status": "unconfirmed", "source": "", "asOf": "2026" },
                               "hosts": [ "acme.example" ], "regionOperators": [ OPERATOR ] } ] }
            """.Replace("OPERATOR", operatorJson);
        var exception = Assert.Throws<CatalogException>(() => CatalogReader.Read(text));
        Assert.Contains(reason, exception.Message);
    }
}
