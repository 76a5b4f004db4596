using SovereignAnalyzers.Cli.Commands;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Tests;

/// <summary>The tool's own logic, without a process: readiness, fingerprints, policy edits.</summary>
public sealed class InventoryTests
{
    private const string Outscale = "outscale|cloudgouv-eu-west-1|https://oos.cloudgouv-eu-west-1.outscale.com|s3";
    private const string CloudTemple = "cloud-temple|fr1|https://{namespace}.s3.fr1.cloud-temple.com|s3";

    [Theory]
    [InlineData("aws", "s3", Outscale, "", "host", "QuickFix")]
    [InlineData("aws", "s3", "cloudtemple|fr1||swift;" + Outscale, "", "host", "QuickFix")]
    [InlineData("aws", "s3", CloudTemple + ";" + Outscale, "", "host", "QuickFix")]
    [InlineData("aws", "s3", CloudTemple, "", "host", "CodeChanges")] // the endpoint needs a namespace the code does not give
    [InlineData("aws", "s3", "outscale|cloudgouv-eu-west-1||s3", "", "host", "CodeChanges")] // no endpoint to write
    [InlineData("aws", "s3", Outscale, "", "region", "QuickFix")] // an AWS SDK client in a region gets a config
    [InlineData("aws", "s3", Outscale, "", "", "CodeChanges")] // neither a written host nor a client decision a fix rewrites
    [InlineData("azure", "azure-blob", Outscale, "", "host", "CodeChanges")]
    [InlineData("azure", "", Outscale, "", "host", "CodeChanges")] // the finding's API unknown: never promised as a quick fix
    [InlineData("sentry", "", null, "", "host", "NoAlternative")]
    [InlineData("aws", "", null, "outscale", "host", "CodeChanges")] // before alternativeEndpoints: named alternatives, API unknown
    [InlineData("", "", null, "", "", "NotApplicable")]
    public void Readiness_comes_from_the_finding_properties(string provider, string api, string? endpoints, string alternatives, string form, string expected)
    {
        var properties = new Dictionary<string, string> { ["providerId"] = provider, ["api"] = api, ["alternatives"] = alternatives, ["serviceKind"] = "object-storage-s3" };
        if (endpoints is not null)
        {
            properties["alternativeEndpoints"] = endpoints;
        }

        if (form == "host")
        {
            properties["host"] = "s3.eu-west-3.amazonaws.com";
            properties["hostStart"] = "9";
            properties["hostLength"] = "26";
        }
        else if (form == "region")
        {
            properties["sdkFamily"] = "aws-sdk";
            properties["decidedBy"] = "region";
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
