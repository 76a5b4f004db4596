using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>
/// The README's rules table is generated from the descriptors the analyzers ship. When a rule is added or
/// a title changes, regenerate it with
/// <c>SOVEREIGN_UPDATE_DOCS=1 dotnet test tests/SovereignAnalyzers.Tests --filter FullyQualifiedName~RulesTableTests</c>.
/// </summary>
public class RulesTableTests
{
    private const string StartMarker = "<!-- rules -->";
    private const string EndMarker = "<!-- /rules -->";

    [Fact]
    public void The_readme_rules_table_matches_the_descriptors()
        => GoldenFile.CheckBetween(
            RepositoryPaths.Get("README.md"),
            StartMarker,
            EndMarker,
            "\n" + GenerateTable() + "\n",
            "SOVEREIGN_UPDATE_DOCS=1 dotnet test tests/SovereignAnalyzers.Tests --filter FullyQualifiedName~RulesTableTests");

    [Fact]
    public void Every_rule_links_to_its_page_under_docs_rules()
    {
        Assert.NotEmpty(AllAnalyzers.Descriptors);
        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            Assert.Equal(Descriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(RepositoryPaths.Get("docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing.");
        }
    }

    [Fact]
    public void The_table_has_a_row_per_rule_with_its_english_title()
    {
        var table = GenerateTable().Split('\n');

        Assert.Equal(AllAnalyzers.Descriptors.Length + 2, table.Length);
        Assert.Contains(
            "| [SOV0001](docs/rules/SOV0001.md) | Endpoint of a provider the policy does not allow | Warning | yes |",
            table);
    }

    /// <summary>One row per rule: id (linked to its page), English title, default severity, enabled by default.</summary>
    internal static string GenerateTable()
    {
        var table = new StringBuilder()
            .Append("| Id | Title | Default severity | Enabled |\n")
            .Append("|---|---|---|---|");
        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            var title = descriptor.Title.ToString(CultureInfo.InvariantCulture).Replace("|", "\\|", StringComparison.Ordinal);
            table.Append(CultureInfo.InvariantCulture,
                $"\n| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {title} | {Severity(descriptor.DefaultSeverity)} | {(descriptor.IsEnabledByDefault ? "yes" : "no (opt-in)")} |");
        }

        return table.ToString();
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "Info",
        DiagnosticSeverity.Hidden => "Hidden",
        _ => severity.ToString(),
    };
}
