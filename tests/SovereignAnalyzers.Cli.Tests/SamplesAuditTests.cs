using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SovereignAnalyzers.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SovereignAnalyzers.Cli.Tests;

/// <summary>`sovereign audit samples` in every format, from one run (see <see cref="SamplesAudit"/>).</summary>
[Collection("Samples")]
public sealed class SamplesAuditTests
{
    private readonly SamplesAudit _audit;
    private readonly ITestOutputHelper _log;

    public SamplesAuditTests(SamplesAudit audit, ITestOutputHelper log)
    {
        _audit = audit;
        _log = log;
    }

    private IReadOnlyList<JsonObject> LegacyFindings => ReportJson.Project(_audit.Json, "LegacyApp/LegacyApp.csproj")["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();

    [Fact]
    public void Findings_in_LegacyApp_fail_the_default_gate()
        => Assert.True(_audit.Result.ExitCode == 1, _audit.Diagnosis);

    [Fact]
    public void Json_lists_both_projects_with_semantic_analysis()
    {
        var legacy = ReportJson.Project(_audit.Json, "LegacyApp/LegacyApp.csproj");
        var sovereign = ReportJson.Project(_audit.Json, "SovereignApp/SovereignApp.csproj");
        Assert.True((string)legacy["analysis"]! == "semantic", _audit.Diagnosis);
        Assert.Equal("semantic", (string)sovereign["analysis"]!);
        Assert.Empty(sovereign["findings"]!.AsArray());
        Assert.Equal(2, (int)_audit.Json["totals"]!["projects"]!);
        Assert.Equal(0, (int)_audit.Json["totals"]!["projectsWithoutSemanticAnalysis"]!);
    }

    [Fact]
    public void Json_has_the_endpoint_and_configuration_findings_the_analyzers_report()
    {
        string Key(JsonObject f) => $"{(string)f["ruleId"]!}:{(string)f["location"]!["path"]!}:{(int)f["location"]!["startLine"]!}:{ReportJson.Prop(f, "providerId")}";
        Assert.Equal(
            new[]
            {
                "SOV0001:LegacyApp/CloudUploader.cs:13:azure",
                "SOV0001:LegacyApp/ExportTargets.cs:10:gcp",
                "SOV0001:LegacyApp/ExportTargets.cs:13:sentry",
                "SOV0001:LegacyApp/ExportTargets.cs:16:aws",
                "SOV0001:LegacyApp/ExportTargets.cs:19:alibaba",
                "SOV0001:LegacyApp/ExportTargets.cs:7:azure",
                "SOV0004:LegacyApp/appsettings.json:13:aws",
                "SOV0004:LegacyApp/appsettings.json:16:azure",
                "SOV0004:LegacyApp/appsettings.json:20:sentry",
                "SOV0004:LegacyApp/appsettings.json:25:sendgrid",
                "SOV0004:LegacyApp/appsettings.json:5:azure",
                "SOV0004:LegacyApp/appsettings.json:6:azure",
            },
            LegacyFindings.Where(f => (string)f["ruleId"]! is "SOV0001" or "SOV0004").Select(Key).Order(StringComparer.Ordinal));

        // SDK clients are found only with the project's references: the proof that the project was really compiled.
        Assert.Contains(LegacyFindings, f => (string)f["ruleId"]! == "SOV0002" && (string)f["location"]!["path"]! == "LegacyApp/CloudUploader.cs" && ReportJson.Prop(f, "providerId") == "aws");
    }

    [Fact]
    public void Json_totals_and_readiness_add_up()
    {
        var findings = ReportJson.Findings(_audit.Json).ToList();
        var totals = _audit.Json["totals"]!;
        Assert.Equal(findings.Count, (int)totals["findings"]!);
        Assert.Equal(findings.Count(f => (string)f["severity"]! == "warning"), (int)totals["warnings"]!);
        var dependencies = findings.Where(f => ReportJson.Prop(f, "providerId").Length > 0).ToList();
        Assert.Equal(dependencies.Count, (int)totals["dependencies"]!);
        var readiness = totals["readiness"]!;
        Assert.Equal(dependencies.Count, (int)readiness["quickFix"]! + (int)readiness["codeChanges"]! + (int)readiness["noAlternative"]!);

        // Readiness follows the properties: no alternative named means none allowed.
        foreach (var finding in dependencies)
        {
            var named = ReportJson.Prop(finding, "alternatives").Length > 0 || ReportJson.Prop(finding, "alternativeEndpoints").Length > 0;
            Assert.Equal(named, (string)finding["readiness"]! != "noAlternative");
        }
    }

    [Fact]
    public void Sarif_has_the_required_fields_every_rule_and_stable_fingerprints()
    {
        var sarif = JsonNode.Parse(_audit.Read("sarif"))!.AsObject();
        Assert.Equal("2.1.0", (string)sarif["version"]!);
        var run = sarif["runs"]!.AsArray().Single()!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("sovereign", (string)driver["name"]!);

        var ruleIds = driver["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        var documented = Directory.GetFiles(Path.Combine(Tool.RepositoryRoot, "docs", "rules"), "SOV*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(documented, ruleIds);
        Assert.All(driver["rules"]!.AsArray(), r =>
        {
            Assert.False(string.IsNullOrEmpty((string?)r!["shortDescription"]?["text"]));
            Assert.EndsWith("docs/rules/" + (string)r["id"]! + ".md", (string)r["helpUri"]!);
        });

        var results = run["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(ReportJson.Findings(_audit.Json).Count(), results.Count);
        var fingerprints = new HashSet<string>();
        foreach (var result in results)
        {
            var ruleId = (string)result["ruleId"]!;
            Assert.Equal(ruleId, ruleIds[(int)result["ruleIndex"]!]);
            Assert.Contains((string)result["level"]!, new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty((string?)result["message"]!["text"]));
            var location = result["locations"]!.AsArray().Single()!["physicalLocation"]!;
            var uri = (string)location["artifactLocation"]!["uri"]!;
            Assert.Equal("%SRCROOT%", (string)location["artifactLocation"]!["uriBaseId"]!);
            Assert.False(Path.IsPathRooted(uri), uri);
            Assert.True(File.Exists(Path.Combine(Tool.RepositoryRoot, "samples", uri)), uri);
            Assert.True((int)location["region"]!["startLine"]! >= 1);
            var fingerprint = (string)result["partialFingerprints"]!["sovereignFinding/v1"]!;
            Assert.Matches("^[0-9a-f]{32}$", fingerprint);
            Assert.True(fingerprints.Add(fingerprint), "duplicate fingerprint " + fingerprint);
        }

        // The same fingerprints as the JSON report: both formats name a finding the same way.
        Assert.Equal(ReportJson.Findings(_audit.Json).Select(f => (string)f["fingerprint"]!).Order(), fingerprints.Order());
    }

    [Fact]
    public void Text_summary_shows_totals_readiness_and_projects()
    {
        var text = _audit.Read("text");
        _log.WriteLine(text);
        var totals = _audit.Json["totals"]!;
        Assert.Contains($"2 project(s), {(int)totals["findings"]!} finding(s)", text);
        Assert.Contains($"{(int)totals["readiness"]!["quickFix"]!} of {(int)totals["dependencies"]!} dependencies can move with a quick fix", text);
        Assert.Contains("LegacyApp/LegacyApp.csproj", text);
        Assert.Contains("SovereignApp/SovereignApp.csproj", text);
        Assert.Contains("LegacyApp/ExportTargets.cs(16,60)", text);
    }

    [Fact]
    public void Markdown_has_the_headline_and_a_row_per_provider()
    {
        var markdown = _audit.Read("markdown");
        Assert.StartsWith("## Sovereignty audit of samples", markdown);
        foreach (var provider in ReportJson.Findings(_audit.Json).Select(f => ReportJson.Prop(f, "providerName")).Where(n => n.Length > 0).Distinct())
        {
            Assert.Matches(new Regex("^\\| " + Regex.Escape(provider), RegexOptions.Multiline), markdown);
        }

        Assert.Contains("[SOV0001](https://github.com/SovereignAnalyzers/SovereignAnalyzers/blob/main/docs/rules/SOV0001.md)", markdown);
    }

    [Fact]
    public void Html_renders_in_a_browser_with_totals_sections_and_links()
    {
        var html = _audit.Read("html");
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//[^\"]*\\.(css|js|png|svg|woff2?)", html); // no external asset
        Assert.DoesNotContain("<link", html);

        var dom = Chromium.DumpDom(_audit.File("html"));
        var totals = _audit.Json["totals"]!;
        var findings = (int)totals["findings"]!;
        Assert.Matches($"id=\"total-findings\"><span class=\"value\">{findings}</span>", dom);
        Assert.Matches($"id=\"total-dependencies\"><span class=\"value\">{(int)totals["dependencies"]!}</span>", dom);
        foreach (var section in new[] { "summary", "readiness", "charts", "providers", "projects", "files", "findings" })
        {
            Assert.Contains($"<section id=\"{section}\">", dom);
        }

        // The filter script ran: it wrote how many findings are shown.
        Assert.Contains($"data-shown=\"{findings}\">{findings} / {findings}</span>", dom);

        // One rule link per finding, to the finding's rule page; one chart row per provider.
        var ruleLinks = Regex.Matches(dom, "<a class=\"rule\" href=\"([^\"]+)\">(SOV\\d{4})</a>").ToList();
        Assert.Equal(findings, ruleLinks.Count);
        Assert.All(ruleLinks, m => Assert.Equal("https://github.com/SovereignAnalyzers/SovereignAnalyzers/blob/main/docs/rules/" + m.Groups[2].Value + ".md", m.Groups[1].Value));
        var providers = ReportJson.Findings(_audit.Json).Select(f => ReportJson.Prop(f, "providerId")).Where(p => p.Length > 0).Distinct().Count();
        var chart = dom[dom.IndexOf("id=\"chart-provider\"", StringComparison.Ordinal)..dom.IndexOf("id=\"chart-jurisdiction\"", StringComparison.Ordinal)];
        Assert.Equal(providers, Regex.Matches(chart, "<g class=\"row\"").Count);

        // Every file link points at a heading of the page.
        foreach (Match link in Regex.Matches(dom, "<a href=\"#([^\"]+)\">"))
        {
            Assert.Contains($"id=\"{link.Groups[1].Value}\"", dom);
        }

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "samples-audit.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        Chromium.Screenshot(_audit.File("html"), screenshot);
        _log.WriteLine("screenshot: " + screenshot);
    }

    [Fact]
    public void Merge_combines_reports_of_several_repositories()
    {
        using var scratch = new Scratch();
        var first = scratch.Write("api.json", _audit.Read("json"));
        var second = scratch.Write("web.json", _audit.Read("json").Replace("\"root\": \"samples\"", "\"root\": \"web\"", StringComparison.Ordinal));
        var result = Tool.Run(scratch.Folder, "merge", first, second, "--format", "json", "--output", "all.json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var merged = ReportJson.Parse(scratch.Read("all.json"));
        Assert.Equal(new[] { "samples", "web" }, merged["repositories"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(2 * (int)_audit.Json["totals"]!["findings"]!, (int)merged["totals"]!["findings"]!);
        Assert.Equal(4, merged["projects"]!.AsArray().Count);
        Assert.Contains(merged["projects"]!.AsArray(), p => (string)p!["repository"]! == "web" && (string)p["path"]! == "LegacyApp/LegacyApp.csproj");

        var html = Tool.Run(scratch.Folder, "merge", first, second, "--output", "all.html");
        Assert.True(html.ExitCode == 0, html.ToString());
        Assert.Contains("web: LegacyApp/LegacyApp.csproj", scratch.Read("all.html"));

        scratch.Write("broken.json", "{ \"not\": \"a report\" }");
        var broken = Tool.Run(scratch.Folder, "merge", first, "broken.json");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json", broken.Error);
    }

    [Fact]
    public void A_clean_project_exits_zero()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "audit", "samples/SovereignApp/SovereignApp.csproj", "--no-restore");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 project(s), 0 finding(s)", result.Output);
    }
}
