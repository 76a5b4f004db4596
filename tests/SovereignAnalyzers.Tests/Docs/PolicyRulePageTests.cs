using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>The examples of docs/rules/SOV0900.md and SOV0901.md print exactly what the build prints.</summary>
public class PolicyRulePageTests
{
    [Theory]
    [InlineData("SOV0900")]
    [InlineData("SOV0901")]
    public void The_example_output_is_what_the_analyzer_reports(string id)
    {
        var page = File.ReadAllText(RepositoryPaths.Get("docs", "rules", id + ".md"));
        var policies = Regex.Matches(page, "```json\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        var output = Regex.Match(page, "```\n(sovereignty\\.json\\(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.Equal(output.TrimEnd('\n').Split('\n'), Report(policies[0]));
        if (policies.Length > 1)
        {
            Assert.Empty(Report(policies[1])); // the fixed version
        }
    }

    private static string[] Report(string policy)
    {
        var loaded = CompilationPolicy.Load(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("sovereignty.json", policy)), CancellationToken.None);
        return loaded.Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return $"sovereignty.json({start.Line + 1},{start.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}";
            })
            .ToArray();
    }
}
