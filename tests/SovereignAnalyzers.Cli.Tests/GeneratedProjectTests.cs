using System.Text.Json.Nodes;
using SovereignAnalyzers.Cli.Tests.Infrastructure;

namespace SovereignAnalyzers.Cli.Tests;

/// <summary>Audits of generated folders: baseline then a new finding, an unloadable project, the policy presets.</summary>
public sealed class GeneratedProjectTests
{
    private const string Endpoints = """
        namespace App;

        public static class Endpoints
        {
            public const string Reports = "https://reports.s3.eu-west-3.amazonaws.com/export";
        }
        """;

    private const string Settings = """
        {
          "Storage": { "Archive": "https://archive.blob.core.windows.net/" }
        }
        """;

    [Fact]
    public void Baseline_accepts_todays_findings_and_the_gate_then_fails_only_on_a_new_one()
    {
        using var scratch = new Scratch();
        const string existing = """
            {
              // Our policy: comments stay.
              "exceptions": [
                { "provider": "ovhcloud", "justification": "ticket 7", "owner": "rssi", "expires": "2099-12-31" },
              ]
            }
            """;
        scratch.Write("sovereignty.json", existing);
        scratch.Write("App/App.csproj", Scratch.PlainProject);
        scratch.Write("App/Endpoints.cs", Endpoints);
        scratch.Write("App/appsettings.json", Settings);

        var before = Audit(scratch, ".");
        Assert.True(before.Result.ExitCode == 1, before.Result.ToString());
        Assert.Equal(new[] { "SOV0001:App/Endpoints.cs:5:aws", "SOV0004:App/appsettings.json:2:azure" }, Keys(before.Report));

        var baseline = Tool.Run(scratch.Folder, "baseline", ".", "--owner", "platform-team", "--expires", "2099-01-31");
        Assert.True(baseline.ExitCode == 0, baseline.ToString());
        var policy = scratch.Read("sovereignty.json");
        Assert.StartsWith(existing[..existing.IndexOf("]\n}", StringComparison.Ordinal)].TrimEnd(), policy, StringComparison.Ordinal); // kept as written
        Assert.Contains("\"host\": \"reports.s3.eu-west-3.amazonaws.com\"", policy);
        Assert.Contains("\"paths\": [\"App/Endpoints.cs\"]", policy);
        Assert.Contains("\"host\": \"archive.blob.core.windows.net\"", policy);
        Assert.Contains("\"owner\": \"platform-team\"", policy);
        Assert.Contains("\"expires\": \"2099-01-31\"", policy);
        Assert.Contains("accepted as baseline on ", policy);

        var accepted = Audit(scratch, ".");
        Assert.True(accepted.Result.ExitCode == 0, accepted.Result.ToString());
        Assert.Empty(Keys(accepted.Report));

        // A new dependency (and the old one moved down a line): only the new one is reported.
        scratch.Write("App/Endpoints.cs", Endpoints.Replace(
            "    public const string Reports",
            "    public const string Backup = \"https://storage.googleapis.com/backup\";\n    public const string Reports",
            StringComparison.Ordinal));
        var added = Audit(scratch, ".");
        Assert.True(added.Result.ExitCode == 1, added.Result.ToString());
        Assert.Equal(new[] { "SOV0001:App/Endpoints.cs:5:gcp" }, Keys(added.Report));

        // Running it again adds only what is new.
        var again = Tool.Run(scratch.Folder, "baseline", ".", "--owner", "platform-team");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("1 exception(s) added", again.Error);
        var updated = scratch.Read("sovereignty.json");
        Assert.Equal(4, CountOf(updated, "\"justification\""));
        Assert.Contains("\"host\": \"storage.googleapis.com\"", updated);
    }

    [Fact]
    public void An_unloadable_project_is_scanned_syntax_only_and_never_passes_as_clean()
    {
        using var scratch = new Scratch();
        scratch.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>"); // not even XML
        scratch.Write("Broken/Endpoints.cs", Endpoints);
        scratch.Write("Broken/appsettings.json", Settings);

        var result = Tool.Run(scratch.Folder, "audit", "Broken", "--fail-on", "none", "--format", "json", "--output", "audit.json", "--format", "text", "--output", "audit.txt");
        Assert.True(result.ExitCode == 2, result.ToString()); // --fail-on none does not hide a load failure
        Assert.Contains("not a clean bill", result.Error);
        var report = ReportJson.Parse(scratch.Read("audit.json"));
        var project = ReportJson.Project(report, "Broken.csproj");
        Assert.Equal("syntaxOnly", (string)project["analysis"]!);
        Assert.Contains(project["notes"]!.AsArray(), n => ((string)n!).StartsWith("not loaded", StringComparison.Ordinal));
        Assert.Equal(1, (int)report["totals"]!["projectsWithoutSemanticAnalysis"]!);
        Assert.Equal(new[] { "SOV0001:Endpoints.cs:5:aws", "SOV0004:appsettings.json:2:azure" }, Keys(report));
        Assert.Contains("syntax only", scratch.Read("audit.txt"));
    }

    [Fact]
    public void Policy_init_writes_policies_the_analyzers_accept_and_apply()
    {
        // One project per preset, each under its own policy, audited together.
        var expected = new Dictionary<string, string>
        {
            ["default"] = "aws",
            ["secnumcloud"] = "aws,ovhcloud", // OVHcloud's SecNumCloud qualification does not cover object storage
            ["us-cn-free"] = "aws",
            ["eu-only"] = "aws",
        };
        using var scratch = new Scratch();
        foreach (var preset in expected.Keys)
        {
            var init = Tool.Run(scratch.Folder, "policy", "init", "--preset", preset, "--output", preset + "/sovereignty.json");
            Assert.True(init.ExitCode == 0, init.ToString());
            var policy = scratch.Read(preset + "/sovereignty.json");
            Assert.Contains("\"$schema\": \"https://raw.githubusercontent.com/SovereignAnalyzers/SovereignAnalyzers/main/docs/sovereignty.schema.json\"", policy);
            Assert.Contains("  // ", policy);
            scratch.Write(preset + "/App/App.csproj", Scratch.PlainProject);
            scratch.Write(preset + "/App/Endpoints.cs", """
                namespace App;

                public static class Endpoints
                {
                    public const string Aws = "https://reports.s3.eu-west-3.amazonaws.com/export";
                    public const string Ovh = "https://s3.gra.io.cloud.ovh.net/export";
                    public const string Outscale = "https://oos.cloudgouv-eu-west-1.outscale.com/export";
                }
                """);
        }

        var (result, report) = Audit(scratch, ".");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain(ReportJson.Findings(report), f => (string)f["ruleId"]! is "SOV0900" or "SOV0901");
        foreach (var (preset, providers) in expected)
        {
            var project = ReportJson.Project(report, preset + "/App/App.csproj");
            Assert.Equal("semantic", (string)project["analysis"]!);
            var reported = project["findings"]!.AsArray().Select(f => ReportJson.Prop(f!.AsObject(), "providerId")).Order(StringComparer.Ordinal);
            Assert.True(providers == string.Join(",", reported), preset + ": " + string.Join(",", reported));
        }
    }

    [Fact]
    public void Policy_init_refuses_to_overwrite_without_force()
    {
        using var scratch = new Scratch();
        scratch.Write("sovereignty.json", "{ }");
        var refused = Tool.Run(scratch.Folder, "policy", "init", "--preset", "secnumcloud");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error);
        Assert.Equal("{ }", scratch.Read("sovereignty.json"));

        var forced = Tool.Run(scratch.Folder, "policy", "init", "--preset", "secnumcloud", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("\"requiredQualifications\": [\"secnumcloud\"]", scratch.Read("sovereignty.json"));
    }

    private static (ToolResult Result, JsonObject Report) Audit(Scratch scratch, string path)
    {
        var output = scratch.Path("audit-" + Guid.NewGuid().ToString("N") + ".json");
        var result = Tool.Run(scratch.Folder, "audit", path, "--format", "json", "--output", output);
        Assert.True(File.Exists(output), result.ToString());
        var report = ReportJson.Parse(File.ReadAllText(output));
        File.Delete(output);
        return (result with { Error = result.Error + "\n" + ReportJson.Notes(report) }, report);
    }

    private static string[] Keys(JsonObject report)
        => ReportJson.Findings(report)
            .Select(f => $"{(string)f["ruleId"]!}:{(string)f["location"]!["path"]!}:{(int)f["location"]!["startLine"]!}:{ReportJson.Prop(f, "providerId")}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, string.Empty, StringComparison.Ordinal).Length) / word.Length;
}
