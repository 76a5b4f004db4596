using SovereignAnalyzers.Cli.Commands;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Tests;

/// <summary>The tool's own logic, without a process: readiness, fingerprints, policy edits.</summary>
public sealed class InventoryTests
{
    [Theory]
    [InlineData("aws", "s3", "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3", "", "QuickFix")]
    [InlineData("aws", "s3", "cloudtemple|fr1||swift;outscale|cloudgouv-eu-west-1||s3", "", "QuickFix")]
    [InlineData("azure", "azure-blob", "outscale|cloudgouv-eu-west-1||s3", "", "CodeChanges")]
    [InlineData("azure", "", "outscale|cloudgouv-eu-west-1||s3", "", "CodeChanges")] // the finding's API unknown: never promised as a quick fix
    [InlineData("sentry", "", null, "", "NoAlternative")]
    [InlineData("aws", "", null, "outscale", "CodeChanges")] // before alternativeEndpoints: named alternatives, API unknown
    [InlineData("", "", null, "", "NotApplicable")]
    public void Readiness_comes_from_the_finding_properties(string provider, string api, string? endpoints, string alternatives, string expected)
    {
        var properties = new Dictionary<string, string> { ["providerId"] = provider, ["api"] = api, ["alternatives"] = alternatives };
        if (endpoints is not null)
        {
            properties["alternativeEndpoints"] = endpoints;
        }

        Assert.Equal(Enum.Parse<Readiness>(expected), ReadinessClassifier.Classify(properties));
    }

    [Fact]
    public void Fingerprints_survive_line_moves_and_tell_identical_findings_apart()
    {
        static ProjectResult Project(params int[] lines) => new("App", "App/App.csproj", AnalysisKind.Semantic, Array.Empty<string>(),
            lines.Select(line => new Finding("SOV0001", "warning", "m", "h", new FindingLocation("App/A.cs", line, 5, line, 30),
                new Dictionary<string, string> { ["providerId"] = "aws", ["host"] = "s3.amazonaws.com" })).ToList());

        var before = Project(10, 20);
        var after = Project(12, 25);
        Fingerprints.Assign(new[] { before });
        Fingerprints.Assign(new[] { after });
        Assert.Equal(before.Findings.Select(f => f.Fingerprint), after.Findings.Select(f => f.Fingerprint));
        Assert.NotEqual(before.Findings[0].Fingerprint, before.Findings[1].Fingerprint);
    }

    [Fact]
    public void Baseline_entries_go_into_a_new_exceptions_array_when_there_is_none()
    {
        const string policy = "{\n  // keep me\n  \"deny\": [\"scaleway\"]\n}\n";
        var updated = BaselineWriter.Add(policy, new[] { new BaselineWriter.Entry(null, "sentry", "src/Program.cs") }, "accepted as baseline on 2026-12-04", "team", new DateTime(2027, 6, 4));
        Assert.Equal(
            "{\n  // keep me\n  \"deny\": [\"scaleway\"],\n  \"exceptions\": [\n    {\n      \"provider\": \"sentry\",\n      \"paths\": [\"src/Program.cs\"],\n"
            + "      \"justification\": \"accepted as baseline on 2026-12-04\",\n      \"owner\": \"team\",\n      \"expires\": \"2027-06-04\"\n    }\n  ]\n}\n",
            updated);
    }
}
