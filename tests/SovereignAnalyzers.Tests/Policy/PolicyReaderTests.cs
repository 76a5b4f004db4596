using System.Globalization;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>The pure reader: every key lands in the model; merge rules of <c>extends</c>; paths.</summary>
public class PolicyReaderTests
{
    private static readonly ProviderCatalog Catalog = ProviderCatalog.BuiltIn;

    [Fact]
    public void Reads_every_key()
    {
        var result = PolicyReader.Read(
            """
            {
              "$schema": "https://example.invalid/sovereignty.schema.json",
              "forbiddenLaws": ["us-cloud-act", "us-fisa-702", "cn-national-intelligence-law"],
              "requiredQualifications": ["secnumcloud", "hds"],
              "allowLicensedTechnology": false,
              "allow": ["ovhcloud"],
              "deny": ["scaleway"],
              "exceptions": [
                { "host": "Archive.Blob.Core.Windows.Net", "provider": "azure", "paths": ["src/Legacy/**"],
                  "justification": "read-only archive until migration (ticket 42)", "owner": "rssi@example.fr",
                  "expires": "2027-06-30" }
              ],
              "providers": [
                { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"],
                  "hosts": ["acme-cloud.example"], "namespaces": ["Acme.Cloud"], "qualifications": ["hds"],
                  "services": [ { "kind": "object-storage-s3", "name": "ACME S3", "hosts": ["s3.{region}.acme-cloud.example"], "regions": ["eu-1"] } ] }
              ],
              "alternatives": { "object-storage-s3": ["outscale", { "provider": "acme", "region": "eu-1" }] }
            }
            """,
            "policies/sovereignty.json",
            Catalog);

        Assert.Empty(result.Errors);
        var policy = result.Policy!;
        Assert.Equal(new[] { "us-cloud-act", "us-fisa-702", "cn-national-intelligence-law" }, policy.ForbiddenLaws);
        Assert.Equal(new[] { "secnumcloud", "hds" }, policy.RequiredQualifications);
        Assert.False(policy.AllowLicensedTechnology);
        Assert.Equal(new[] { "ovhcloud" }, policy.Allow);
        Assert.Equal(new[] { "scaleway" }, policy.Deny);
        Assert.Equal("policies/sovereignty.json", policy.Path);

        var exception = Assert.Single(policy.Exceptions);
        Assert.Equal("archive.blob.core.windows.net", exception.Host);
        Assert.Equal("azure", exception.ProviderId);
        Assert.Equal(new[] { "src/Legacy/**" }, exception.Paths);
        Assert.Equal("read-only archive until migration (ticket 42)", exception.Justification);
        Assert.Equal("rssi@example.fr", exception.Owner);
        Assert.Equal(new DateTime(2027, 6, 30), exception.Expires);
        Assert.Equal("policies/sovereignty.json", exception.Location.Path);

        var acme = Assert.Single(policy.CustomProviders);
        Assert.True(acme.IsCustom);
        Assert.Equal(("acme", "ACME Cloud", "US"), (acme.Id, acme.Name, acme.Entity.Jurisdiction));
        Assert.Equal("us-cloud-act", Assert.Single(acme.Laws).LawId);
        Assert.Equal(new[] { "acme-cloud.example" }, acme.Hosts);
        Assert.Equal("hds", Assert.Single(acme.Qualifications).QualificationId);
        var service = Assert.Single(acme.Services);
        Assert.Equal(("object-storage-s3", "ACME S3"), (service.Kind, service.Name));
        Assert.Equal(new[] { "s3.{region}.acme-cloud.example" }, service.HostPatterns);
        Assert.Equal(new[] { "eu-1" }, service.Regions);
        Assert.Equal(new[] { "Acme.Cloud" }, policy.CustomNamespaces["acme"]);

        var alternatives = policy.Alternatives["object-storage-s3"];
        Assert.Equal(new[] { ("outscale", (string?)null), ("acme", "eu-1") }, alternatives.Select(a => (a.ProviderId, a.Region)));
    }

    [Fact]
    public void An_empty_policy_is_the_default()
    {
        var policy = PolicyReader.Read("{}", "sovereignty.json", Catalog).Policy!;
        Assert.Null(policy.ForbiddenLaws);
        Assert.Empty(policy.RequiredQualifications);
        Assert.True(policy.AllowLicensedTechnology);
        Assert.Empty(policy.Allow);
        Assert.Empty(policy.Deny);
        Assert.Empty(policy.Exceptions);
        Assert.Empty(policy.CustomProviders);
        Assert.Empty(policy.Alternatives);
    }

    [Fact]
    public void A_custom_provider_is_matched_like_a_built_in_one()
    {
        var policy = PolicyReader.Read(
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": ["us-cloud-act"], "hosts": ["acme-cloud.example"] } ] }""",
            "sovereignty.json",
            Catalog).Policy!;
        var evaluation = new PolicyEvaluation(Catalog, policy, TestDate);
        var finding = Assert.Single(EndpointFinding.FindAll(evaluation, "https://data.eu.acme-cloud.example/x", "a.cs")!);
        Assert.Equal("acme", finding.Match.Provider.Id);
        Assert.Equal(ReasonKind.ForbiddenLaw, Assert.Single(finding.Verdict.Reasons).Kind);
    }

    [Fact]
    public void A_custom_provider_replaces_the_built_in_one_with_its_id()
    {
        // An organisation that contracted Outscale on terms it considers qualified everywhere says so.
        var policy = PolicyReader.Read(
            """
            {
              "requiredQualifications": ["secnumcloud"],
              "providers": [ { "id": "outscale", "name": "Outscale (as contracted)", "jurisdiction": "FR", "qualifications": ["secnumcloud"],
                               "hosts": ["outscale.com"], "services": [ { "kind": "object-storage-s3", "hosts": ["oos.{region}.outscale.com"] } ] } ]
            }
            """,
            "sovereignty.json",
            Catalog).Policy!;
        var evaluation = new PolicyEvaluation(Catalog, policy, TestDate);
        Assert.Null(EndpointFinding.FindAll(evaluation, "https://oos.eu-west-2.outscale.com", "a.cs"));
        Assert.Equal("Outscale (as contracted)", evaluation.FindProvider("outscale")!.Name);
    }

    [Fact]
    public void Extends_merges_the_base_into_the_child()
    {
        var files = new Dictionary<string, string>
        {
            ["org/base.json"] = """
                {
                  "forbiddenLaws": ["us-cloud-act"],
                  "requiredQualifications": ["secnumcloud"],
                  "allowLicensedTechnology": false,
                  "allow": ["scaleway"],
                  "deny": ["ovhcloud", "outscale"],
                  "exceptions": [ { "provider": "aws", "paths": ["legacy/**"], "justification": "base" } ],
                  "providers": [ { "id": "acme", "name": "ACME (base)", "jurisdiction": "US", "hosts": ["acme.example"] },
                                 { "id": "intranet", "name": "Intranet", "jurisdiction": "FR", "hosts": ["intranet.example"] } ],
                  "alternatives": { "object-storage-s3": ["outscale"], "compute": ["outscale"] }
                }
                """,
            ["org/app/sovereignty.json"] = """
                {
                  "extends": "../base.json",
                  "requiredQualifications": ["hds"],
                  "deny": ["scaleway"],
                  "allow": ["outscale"],
                  "exceptions": [ { "host": "archive.blob.core.windows.net", "justification": "child" } ],
                  "providers": [ { "id": "acme", "name": "ACME (child)", "jurisdiction": "FR", "hosts": ["acme.example"] } ],
                  "alternatives": { "object-storage-s3": ["ovhcloud"] }
                }
                """,
        };

        var result = Read(files, "org/app/sovereignty.json");
        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "org/app/sovereignty.json", "org/base.json" }, result.Files.Select(f => f.Path));
        var policy = result.Policy!;

        // Scalars and id lists: the nearest file that sets the key wins, as a whole.
        Assert.Equal(new[] { "us-cloud-act" }, policy.ForbiddenLaws);
        Assert.Equal(new[] { "hds" }, policy.RequiredQualifications);
        Assert.False(policy.AllowLicensedTechnology);

        // allow/deny accumulate; the nearer file moves a provider from one to the other.
        Assert.Equal(new[] { "outscale" }, policy.Allow.OrderBy(x => x));
        Assert.Equal(new[] { "ovhcloud", "scaleway" }, policy.Deny.OrderBy(x => x));

        // Exceptions are concatenated, each keeping its own file.
        Assert.Equal(new[] { ("base", "org/base.json"), ("child", "org/app/sovereignty.json") }, policy.Exceptions.Select(e => (e.Justification, e.Location.Path)));

        // Providers accumulate by id, the child's replacing the base's.
        Assert.Equal(new[] { "Intranet", "ACME (child)" }, policy.CustomProviders.Select(p => p.Name));

        // Alternatives: per kind, the nearest list wins.
        Assert.Equal("ovhcloud", Assert.Single(policy.Alternatives["object-storage-s3"]).ProviderId);
        Assert.Equal("outscale", Assert.Single(policy.Alternatives["compute"]).ProviderId);
    }

    [Fact]
    public void Exception_paths_are_relative_to_the_file_that_declares_them()
    {
        var files = new Dictionary<string, string>
        {
            ["repo/sovereignty-base.json"] = """{ "exceptions": [ { "provider": "aws", "paths": ["tools/**"], "justification": "build tooling" } ] }""",
            ["repo/src/app/sovereignty.json"] = """{ "extends": "../../sovereignty-base.json", "exceptions": [ { "provider": "gcp", "paths": ["Legacy/**"], "justification": "legacy" } ] }""",
        };
        var evaluation = new PolicyEvaluation(Catalog, Read(files, "repo/src/app/sovereignty.json").Policy!, TestDate);

        Assert.Null(EndpointFinding.FindAll(evaluation, "https://s3.amazonaws.com", "repo/tools/Upload.cs"));
        Assert.NotNull(EndpointFinding.FindAll(evaluation, "https://s3.amazonaws.com", "repo/src/app/tools/Upload.cs"));
        Assert.Null(EndpointFinding.FindAll(evaluation, "https://storage.googleapis.com", "repo/src/app/Legacy/Old.cs"));
        Assert.NotNull(EndpointFinding.FindAll(evaluation, "https://storage.googleapis.com", "repo/Legacy/Old.cs"));
    }

    [Fact]
    public void Ids_in_a_base_cannot_name_providers_only_its_children_declare()
    {
        var files = new Dictionary<string, string>
        {
            ["base.json"] = """{ "allow": ["acme"] }""",
            ["sovereignty.json"] = """{ "extends": "base.json", "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US" } ] }""",
        };
        var error = Assert.Single(Read(files, "sovereignty.json").Errors);
        Assert.Equal(("base.json", 12, 6), (error.Location.Path, error.Location.Start, error.Location.Length));
        Assert.StartsWith("Unknown provider id 'acme'", error.Message.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_base_is_an_error_at_the_extends_value()
    {
        var text = """{ "extends": "../policies/organisation.json" }""";
        var error = Assert.Single(PolicyReader.Read(text, "app/sovereignty.json", Catalog).Errors);
        Assert.Equal(("app/sovereignty.json", text.IndexOf("\"../", StringComparison.Ordinal), "\"../policies/organisation.json\"".Length), (error.Location.Path, error.Location.Start, error.Location.Length));
        Assert.Equal(
            """The base policy '../policies/organisation.json' (resolved to 'policies/organisation.json') is not among the project's additional files. Add <AdditionalFiles Include="policies/organisation.json" /> to the project: analyzers cannot read files themselves.""",
            error.Message.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_cycle_is_an_error_at_the_extends_that_closes_it()
    {
        var files = new Dictionary<string, string>
        {
            ["a/sovereignty.json"] = """{ "extends": "../b/base.json" }""",
            ["b/base.json"] = """{ "extends": "./c.json" }""",
            ["b/c.json"] = """{ "extends": "../b/base.json" }""",
        };
        var result = Read(files, "a/sovereignty.json");
        Assert.Null(result.Policy);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("b/c.json", 13), (error.Location.Path, error.Location.Start));
        Assert.Equal("'extends' makes a cycle (b/base.json → b/c.json → b/base.json); expected a chain of base policies that ends.", error.Message.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_policy_extending_itself_is_a_cycle()
    {
        var files = new Dictionary<string, string> { ["sovereignty.json"] = """{ "extends": "./sovereignty.json" }""" };
        Assert.Contains("makes a cycle", Assert.Single(Read(files, "sovereignty.json").Errors).Message.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_a_base_are_reported_in_the_base()
    {
        var files = new Dictionary<string, string>
        {
            ["base.json"] = """{ "alow": [] }""",
            ["sovereignty.json"] = """{ "extends": "base.json" }""",
        };
        var error = Assert.Single(Read(files, "sovereignty.json").Errors);
        Assert.Equal(("base.json", 2, 6), (error.Location.Path, error.Location.Start, error.Location.Length));
    }

    [Theory]
    [InlineData("app/sovereignty.json", "../org.json", "org.json")]
    [InlineData("/repo/app/sovereignty.json", "../policies/./org.json", "/repo/policies/org.json")]
    [InlineData("C:\\repo\\app\\sovereignty.json", "..\\org.json", "C:/repo/org.json")]
    [InlineData("C:\\repo\\app\\sovereignty.json", "D:\\shared\\org.json", "D:/shared/org.json")]
    [InlineData("/repo/sovereignty.json", "/etc/sovereignty/org.json", "/etc/sovereignty/org.json")]
    [InlineData("sovereignty.json", "../../org.json", "../../org.json")]
    [InlineData("/sovereignty.json", "../org.json", "/org.json")]
    [InlineData("//server/share/app/sovereignty.json", "../org.json", "//server/share/org.json")]
    public void Extends_paths_resolve_against_the_policy_folder(string policyPath, string reference, string expected)
        => Assert.Equal(expected, PolicyPath.Resolve(policyPath, reference));

    [Theory]
    [InlineData("alow", "allow")]
    [InlineData("exceptoins", "exceptions")]
    [InlineData("forbidenLaws", "forbiddenLaws")]
    [InlineData("ALLOW", "allow")]
    [InlineData("providrs", "providers")]
    [InlineData("colour", null)]
    [InlineData("x", null)]
    public void Suggests_the_closest_key(string typo, string? expected)
        => Assert.Equal(expected, Suggestion.Closest(typo, PolicyKeys.Root));

    [Theory]
    [InlineData("ovh", "ovhcloud")]
    [InlineData("awss", "aws")]
    [InlineData("goog", "google-maps")]
    [InlineData("amazon", null)]
    [InlineData("clever", "clever-cloud")]
    [InlineData("Scaleway", "scaleway")]
    public void Suggests_the_closest_provider(string typo, string? expected)
        => Assert.Equal(expected, Suggestion.Closest(typo, Catalog.Providers.Select(p => p.Id).ToArray()));

    private static readonly DateTime TestDate = new(2026, 12, 1);

    private static PolicyReadResult Read(Dictionary<string, string> files, string root)
    {
        PolicyFile? Find(string path) => files.TryGetValue(path, out var text) ? new PolicyFile(path, PolicyReader.Parse(text)) : null;
        return PolicyReader.Read(Find(root)!, Find, Catalog);
    }
}
