using System.Text.Json.Nodes;
using SovereignAnalyzers.Cli.Tests.Infrastructure;

namespace SovereignAnalyzers.Cli.Tests;

/// <summary>The commands that need no project: explain, providers, help and usage errors.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Explain_a_US_endpoint_names_the_laws_the_verdict_and_the_alternatives()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "explain", "https://reports.s3.eu-west-3.amazonaws.com/export");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("reports.s3.eu-west-3.amazonaws.com", result.Output);
        Assert.Contains("Amazon Web Services (aws)", result.Output);
        Assert.Contains("eu-west-3", result.Output);
        Assert.Contains("18 U.S.C. §2713", result.Output);
        Assert.Contains("NOT ALLOWED:", result.Output);
        Assert.Contains("The eu-west-3 region does not change the law", result.Output);
        Assert.Matches("Alternatives: +3DS Outscale", result.Output);
    }

    [Fact]
    public void Explain_a_SecNumCloud_endpoint_shows_the_qualification_and_allows_it()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "explain", "oos.cloudgouv-eu-west-1.outscale.com");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3DS Outscale (outscale)", result.Output);
        Assert.Contains("France (FR)", result.Output);
        Assert.Contains("SecNumCloud", result.Output);
        Assert.Contains("covers this service and region", result.Output);
        Assert.Matches("Verdict: +allowed", result.Output);
    }

    [Fact]
    public void Explain_applies_the_policy_in_force()
    {
        using var scratch = new Scratch();
        scratch.Write("sovereignty.json", "{ \"requiredQualifications\": [\"secnumcloud\"] }");
        var result = Tool.Run(scratch.Folder, "explain", "s3.gra.io.cloud.ovh.net");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(scratch.Path("sovereignty.json"), result.Output);
        Assert.Contains("does not cover this service and region", result.Output);
    }

    [Theory]
    [InlineData("amazonaws.com.evil.example")]
    [InlineData("example.org")]
    public void Explain_a_look_alike_or_unknown_host_says_it_is_no_provider_s(string host)
    {
        var result = Tool.Run(Tool.RepositoryRoot, "explain", host);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("is not an endpoint of any provider", result.Output);
    }

    [Fact]
    public void Messages_are_in_French_when_asked()
    {
        var result = Tool.RunInLanguage("fr", Tool.RepositoryRoot, "explain", "s3.eu-west-3.amazonaws.com");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NON AUTORISÉ", result.Output);
        Assert.Contains("Fournisseur:", result.Output);
        Assert.Contains("Exemples :", Tool.RunInLanguage("fr", Tool.RepositoryRoot, "audit", "--help").Output);
    }

    [Fact]
    public void Providers_json_lists_the_catalog_with_sources()
    {
        var result = Tool.Run(Tool.RepositoryRoot, "providers", "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var catalog = JsonNode.Parse(result.Output)!;
        var providers = catalog["providers"]!.AsArray().Select(p => p!).ToList();
        var aws = providers.Single(p => (string)p["id"]! == "aws");
        Assert.Equal("US", (string)aws["operator"]!["jurisdiction"]!);
        Assert.Contains(aws["laws"]!.AsArray(), l => (string)l!["id"]! == "us-cloud-act" && ((string)l["source"]!).Length > 0);
        var outscale = providers.Single(p => (string)p["id"]! == "outscale");
        Assert.Contains(outscale["qualifications"]!.AsArray(), q => (string)q!["id"]! == "secnumcloud" && (string)q["state"]! == "qualified");

        var docs = File.ReadAllText(Path.Combine(Tool.RepositoryRoot, "docs", "providers.md"));
        Assert.All(providers, p => Assert.Contains((string)p["id"]!, docs));
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("baseline")]
    [InlineData("explain")]
    [InlineData("policy")]
    [InlineData("providers")]
    [InlineData("merge")]
    public void Every_command_has_help_with_examples(string command)
    {
        var result = Tool.Run(Tool.RepositoryRoot, command, "--help");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Examples:", result.Output);
        Assert.Contains("sovereign " + command, result.Output);
    }

    [Theory]
    [InlineData("audit", "--format", "pdf")]
    [InlineData("audit", "no-such-folder")]
    [InlineData("audit", "--format", "json", "--format", "html", "--output", "one.json")]
    [InlineData("baseline", ".")] // --owner is required
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var scratch = new Scratch();
        var result = Tool.Run(scratch.Folder, args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Error);
    }
}
