using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Packaging;

/// <summary>
/// The global analyzer configs behind SovereigntyEnforcement keep up with the rules: a new rule must be
/// placed in both (the end-to-end tests check that the compiler applies them).
/// </summary>
public partial class EnforcementConfigTests
{
    [Fact]
    public void None_turns_every_rule_off()
    {
        var severities = Severities(Read("enforcement-none.globalconfig"));

        Assert.Equal(AllAnalyzers.Descriptors.Select(d => d.Id), severities.Keys.Where(AllAnalyzers.Supports).Order(StringComparer.Ordinal));
        Assert.All(severities.Values, s => Assert.Equal("none", s));
    }

    [Fact]
    public void Error_makes_every_warning_or_error_rule_an_error_and_names_the_others()
    {
        var text = Read("enforcement-error.globalconfig");
        var severities = Severities(text);

        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            if (descriptor.IsEnabledByDefault && descriptor.DefaultSeverity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            {
                Assert.True(severities.TryGetValue(descriptor.Id, out var severity) && severity == "error", $"{descriptor.Id} should be an error under SovereigntyEnforcement=error.");
            }
            else
            {
                // Info and opt-in rules keep their severity, and the file says why.
                Assert.False(severities.ContainsKey(descriptor.Id), $"{descriptor.Id} ({descriptor.DefaultSeverity}) should keep its own severity.");
                Assert.Matches($@"(?m)^# {descriptor.Id} stays ", text);
            }
        }
    }

    [Theory]
    [InlineData("enforcement-error.globalconfig")]
    [InlineData("enforcement-none.globalconfig")]
    public void The_configs_are_global_at_the_lowest_level(string file)
    {
        var text = Read(file);

        Assert.Matches(@"(?m)^is_global = true$", text);
        Assert.Matches(@"(?m)^global_level = -100$", text);
    }

    private static string Read(string file) => File.ReadAllText(RepositoryPaths.Get("nuget", "build", "config", file));

    private static Dictionary<string, string> Severities(string text)
        => SeverityLine().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"(?m)^dotnet_diagnostic\.(SOV\d{4})\.severity = (\w+)$")]
    private static partial Regex SeverityLine();
}
