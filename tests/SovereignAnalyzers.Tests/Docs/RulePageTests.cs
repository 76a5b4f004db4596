using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>
/// Every rule page under docs/rules/ opens with the same header table, built from the rule's descriptor, and
/// its sample output is exactly what the analyzers report for the input given here (SOV0900 and SOV0901 are
/// checked against their pages' own policies by PolicyRulePageTests).
/// </summary>
public class RulePageTests
{
    private const string Appsettings = """
        {
          "Export": {
            "S3": {
              "ServiceUrl": "https://s3.eu-west-3.amazonaws.com"
            }
          }
        }

        """;

    /// <summary>For each rule, the files whose analysis prints the page's sample.</summary>
    private static readonly Dictionary<string, (string Path, string Text)[]> Inputs = new(StringComparer.Ordinal)
    {
        ["SOV0001"] = [("Reports.cs", """
            class Reports
            {
                const string Archive = "https://acme-archive.s3.eu-west-3.amazonaws.com/reports";
            }
            """)],
        ["SOV0002"] = [("Archive.cs", """
            using Amazon;
            using Amazon.S3;

            class Archive
            {
                AmazonS3Client Create() => new AmazonS3Client(RegionEndpoint.EUWest3);
            }
            """)],
        ["SOV0003"] = [("Archive.cs", """
            using Amazon.S3;

            class Archive
            {
                AmazonS3Client Create(string url) => new AmazonS3Client(new AmazonS3Config { ServiceURL = url });
            }
            """)],
        ["SOV0004"] = [("appsettings.json", Appsettings)],
        ["SOV0005"] = [("Archive.cs", "class Archive { Amazon.S3.AmazonS3Client? Client; }")],
        ["SOV0006"] = [("appsettings.Seed.json", "{\"rows\": \"" + new string('x', 2_999_999) + "\"}")],
    };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_opens_with_the_header_table_of_its_descriptor(string id)
    {
        var descriptor = AllAnalyzers.Descriptors.Single(d => d.Id == id);
        var analyzers = AllAnalyzers.Create().Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).Select(a => a.GetType().Name).ToList();
        var lines = File.ReadAllText(RepositoryPaths.Get("docs", "rules", id + ".md")).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        var table = lines.Skip(1).SkipWhile(l => l.Length == 0).TakeWhile(l => l.StartsWith('|')).ToArray();
        var expected = new[]
        {
            "| Property | Value |",
            "|---|---|",
            $"| Id | {id} |",
            $"| Category | {descriptor.Category} |",
            $"| Default severity | {descriptor.DefaultSeverity} |",
            $"| Enabled by default | {(descriptor.IsEnabledByDefault ? "Yes" : "No")} |",
        };
        Assert.Equal(expected, table.Take(expected.Length));
        Assert.Equal(expected.Length + 1, table.Length);
        Assert.Contains(analyzers, a => table[^1] == $"| Analyzer | `{a}` |");
    }

    [Theory]
    [InlineData("SOV0001")]
    [InlineData("SOV0002")]
    [InlineData("SOV0003")]
    [InlineData("SOV0004")]
    [InlineData("SOV0005")]
    [InlineData("SOV0006")]
    public async Task The_sample_output_is_what_the_analyzers_report(string id)
    {
        var page = File.ReadAllText(RepositoryPaths.Get("docs", "rules", id + ".md")).ReplaceLineEndings("\n");
        var samples = OutputBlocks(page)
            .Select(b => b.Replace("\n  ", " ", StringComparison.Ordinal))
            .Where(s => s.Contains($" {id}: ", StringComparison.Ordinal))
            .ToList();
        var sample = Assert.Single(samples);

        var reported = await Report(Inputs[id], enableSov0005: id == "SOV0005");

        Assert.True(reported.Contains(sample), $"docs/rules/{id}.md shows{Environment.NewLine}{sample}{Environment.NewLine}The analyzers report{Environment.NewLine}{string.Join(Environment.NewLine, reported)}");
    }

    /// <summary>The fenced blocks without a language (or marked <c>text</c>): build output; a line starting with two spaces continues the one before.</summary>
    private static IEnumerable<string> OutputBlocks(string page)
    {
        List<string>? block = null;
        var isOutput = false;
        foreach (var line in page.Split('\n'))
        {
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                block?.Add(line);
                continue;
            }

            if (block is null)
            {
                block = [];
                isOutput = line.Trim() is "```" or "```text";
                continue;
            }

            if (isOutput)
            {
                yield return string.Join("\n", block);
            }

            block = null;
        }
    }

    /// <summary>What the build prints for each SOV diagnostic: "file(line,column): severity ID: message", or "severity ID: message" without a location.</summary>
    private static async Task<List<string>> Report((string Path, string Text)[] files, bool enableSov0005)
    {
        var sources = files.Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal)).ToArray();
        var additional = files.Where(f => !f.Path.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var compilation = await AnalyzerRunner.CompileAsync(sources.Length > 0 ? sources : [("Empty.cs", string.Empty)]);
        if (enableSov0005)
        {
            // As a .globalconfig with dotnet_diagnostic.SOV0005.severity = warning does.
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("SOV0005", ReportDiagnostic.Warn)]));
        }

        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Enable));
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, AllAnalyzers.Create(), additional);

        return diagnostics.Select(d =>
        {
            var severity = d.Severity == DiagnosticSeverity.Info ? "info" : d.Severity.ToString().ToLowerInvariant();
            if (!d.Location.IsInSource && d.Location.Kind != LocationKind.ExternalFile)
            {
                return $"{severity} {d.Id}: {d.GetMessage()}";
            }

            var span = d.Location.GetLineSpan();
            return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage()}";
        }).ToList();
    }
}
