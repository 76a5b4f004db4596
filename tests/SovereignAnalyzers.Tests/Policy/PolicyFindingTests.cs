using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>SOV0001 under different policies: allowed or not, and why, as the active policy says.</summary>
public class PolicyFindingTests
{
    private const string UsJurisdiction = "US";

    [Fact]
    public Task Required_secnumcloud_allows_outscale_in_its_qualified_region_only()
        => VerifyAsync(
            """
            class C
            {
                string Qualified = "https://oos.cloudgouv-eu-west-1.outscale.com/bucket";
                string NotQualified = {|#0:"https://oos.eu-west-2.outscale.com/bucket"|};
                string Ovh = {|#1:"https://s3.gra.io.cloud.ovh.net"|};
            }
            """,
            """{ "requiredQualifications": ["secnumcloud"] }""",
            EndpointLiteral(0, "oos.eu-west-2.outscale.com", "OUTSCALE Object Storage (OOS) (3DS Outscale, eu-west-2, FR)", "not SecNumCloud 3.2-qualified for this service and region. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"),
            EndpointLiteral(1, "s3.gra.io.cloud.ovh.net", "OVHcloud Object Storage (OVHcloud, gra, FR)", "not SecNumCloud 3.2-qualified for this service and region. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public Task Required_qualification_adds_to_the_law_reasons()
        => VerifyAsync(
            """
            class C { string S = {|#0:"https://b.s3.eu-west-3.amazonaws.com"|}; }
            """,
            """{ "requiredQualifications": ["secnumcloud"] }""",
            EndpointLiteral(
                0,
                "b.s3.eu-west-3.amazonaws.com",
                $"Amazon S3 (Amazon Web Services, eu-west-3, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333; not SecNumCloud 3.2-qualified for this service and region. The eu-west-3 region does not change the law that reaches the operator. "
                + "Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public Task Refusing_licensed_technology_reports_s3ns_and_bleu()
        => VerifyAsync(
            """
            class C
            {
                string S3ns = {|#0:"https://storage.s3nsapis.fr/storage/v1/b/my-bucket/o"|};
                string Bleu = {|#1:"https://acct.blob.core.sovcloud-api.fr/c"|};
                string Outscale = "https://oos.cloudgouv-eu-west-1.outscale.com";
            }
            """,
            """{ "allowLicensedTechnology": false }""",
            EndpointLiteral(0, "storage.s3nsapis.fr", "Cloud Storage (S3NS) (S3NS (Cloud de Confiance), FR)", "runs licensed technology from United States"),
            EndpointLiteral(1, "acct.blob.core.sovcloud-api.fr", "Azure Storage (Bleu) (Bleu (Orange and Capgemini), FR)", "runs licensed technology from United States"));

    [Fact]
    public Task Licensed_technology_is_allowed_by_default()
        => VerifyAsync(
            """
            class C { string S3ns = "https://storage.s3nsapis.fr/storage/v1/b/my-bucket/o"; string Bleu = "https://acct.blob.core.sovcloud-api.fr/c"; }
            """,
            """{ }""");

    [Fact]
    public Task Allow_overrides_every_other_reason()
        => VerifyAsync(
            """
            class C
            {
                string Aws = "https://b.s3.eu-west-3.amazonaws.com";
                string Azure = {|#0:"https://acct.blob.core.windows.net"|};
            }
            """,
            """{ "allow": ["aws"], "requiredQualifications": ["secnumcloud"] }""",
            EndpointLiteral(0));

    [Fact]
    public Task Deny_reports_an_eu_provider()
        => VerifyAsync(
            """
            class C
            {
                string Scaleway = {|#0:"https://my-bucket.s3.fr-par.scw.cloud"|};
                string Ovh = "https://s3.gra.io.cloud.ovh.net";
            }
            """,
            """{ "deny": ["scaleway"] }""",
            EndpointLiteral(0, "my-bucket.s3.fr-par.scw.cloud", "Scaleway Object Storage (Scaleway, fr-par, FR)", "denied by policy. Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)"));

    [Fact]
    public Task Forbidden_laws_replace_the_default_set()
        => VerifyAsync(
            """
            class C
            {
                string Aws = "https://b.s3.eu-west-3.amazonaws.com";
                string Alibaba = {|#0:"https://oss-cn-hangzhou.aliyuncs.com"|};
            }
            """,
            """{ "forbiddenLaws": ["cn-national-intelligence-law"] }""",
            EndpointLiteral(0));

    [Fact]
    public Task No_forbidden_law_allows_every_provider()
        => VerifyAsync(
            """
            class C { string Aws = "https://b.s3.eu-west-3.amazonaws.com"; string Alibaba = "https://oss-cn-hangzhou.aliyuncs.com"; }
            """,
            """{ "forbiddenLaws": [] }""");

    [Fact]
    public Task Preferred_alternatives_come_first_in_the_policy_order()
        => VerifyAsync(
            """
            class C { string S = {|#0:"https://b.s3.eu-west-3.amazonaws.com"|}; }
            """,
            """{ "alternatives": { "object-storage-s3": ["ovhcloud", { "provider": "outscale", "region": "eu-west-2" }] } }""",
            EndpointLiteral(
                0,
                "b.s3.eu-west-3.amazonaws.com",
                $"Amazon S3 (Amazon Web Services, eu-west-3, {UsJurisdiction})",
                "subject to the US CLOUD Act, FISA 702, EO 12333. The eu-west-3 region does not change the law that reaches the operator. "
                + "Alternatives the policy allows: OVHcloud (gra), 3DS Outscale (eu-west-2)"));

    [Fact]
    public Task A_custom_provider_is_reported_like_a_built_in_one()
        => VerifyAsync(
            """
            class C
            {
                string Acme = {|#0:"https://eu.data.acme-cloud.example/v1"|};
                string Intranet = "https://files.intranet.example";
            }
            """,
            """
            {
              "providers": [
                { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"], "hosts": ["acme-cloud.example"] },
                { "id": "intranet", "name": "Our datacentre", "jurisdiction": "FR", "hosts": ["intranet.example"] }
              ]
            }
            """,
            EndpointLiteral(0, "eu.data.acme-cloud.example", "ACME Cloud (US)", "subject to the US CLOUD Act"));

    [Fact]
    public Task An_exception_for_a_provider_silences_it_everywhere()
        => VerifyAsync(
            """
            class C
            {
                string Aws = "https://b.s3.eu-west-3.amazonaws.com";
                string Azure = {|#0:"https://acct.blob.core.windows.net"|};
            }
            """,
            """{ "exceptions": [ { "provider": "aws", "justification": "ticket 42", "expires": "2027-06-30" } ] }""",
            EndpointLiteral(0));

    [Fact]
    public Task An_exception_for_a_host_silences_that_host_and_its_subdomains_only()
        => VerifyAsync(
            """
            class C
            {
                string Archive = "https://archive.blob.core.windows.net/c";
                string Sub = "https://eu.archive.blob.core.windows.net/c";
                string Other = {|#0:"https://other.blob.core.windows.net/c"|};
            }
            """,
            """{ "exceptions": [ { "host": "archive.blob.core.windows.net", "justification": "read-only archive" } ] }""",
            EndpointLiteral(0));

    [Fact]
    public Task An_exception_naming_host_and_provider_needs_both()
        => VerifyAsync(
            """
            class C
            {
                string Archive = "https://archive.blob.core.windows.net/c";
                string Other = {|#0:"https://other.blob.core.windows.net/c"|};
            }
            """,
            """{ "exceptions": [ { "host": "archive.blob.core.windows.net", "provider": "azure", "justification": "read-only archive" } ] }""",
            EndpointLiteral(0));

    [Fact]
    public async Task An_exception_with_paths_applies_to_those_files_only()
    {
        var test = new Test();
        test.TestState.Sources.Add(("/repo/src/Legacy/Archive.cs", """class Archive { string S = "https://archive.blob.core.windows.net/c"; }"""));
        test.TestState.Sources.Add(("/repo/src/New/Upload.cs", """class Upload { string S = {|#0:"https://archive.blob.core.windows.net/c"|}; }"""));
        test.TestState.AdditionalFiles.Add((
            "/repo/sovereignty.json",
            """
            { "exceptions": [ { "host": "archive.blob.core.windows.net", "provider": "azure", "paths": ["src/Legacy/**"],
                                "justification": "read-only archive until migration (ticket 42)", "owner": "rssi@example.fr", "expires": "2027-06-30" } ] }
            """));
        test.ExpectedDiagnostics.Add(EndpointLiteral(0));
        await test.RunAsync();
    }

    [Fact]
    public Task An_expired_exception_no_longer_silences_and_is_reported()
        => VerifyAsync(
            """
            class C { string Aws = {|#1:"https://b.s3.eu-west-3.amazonaws.com"|}; }
            """,
            """
            {
              "exceptions": [
                { "provider": "aws", "justification": "until the migration", "owner": "rssi@example.fr", "expires": {|#0:"2026-11-30"|} },
                { "host": "archive.blob.core.windows.net", "justification": "no owner given", "expires": {|#2:"2025-01-31"|} },
                { "provider": "gcp", "justification": "still valid today", "expires": "2026-12-01" }
              ]
            }
            """,
            EndpointLiteral(1),
            ExpiredException(0, "aws", "rssi@example.fr", "2026-11-30"),
            ExpiredException(2, "archive.blob.core.windows.net", "none named", "2025-01-31"));
}
