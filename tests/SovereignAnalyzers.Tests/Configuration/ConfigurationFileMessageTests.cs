using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Configuration;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Configuration;

/// <summary>What SOV0004 and SOV0006 say, in English and French, and what they carry for SARIF and code fixes.</summary>
public class ConfigurationFileMessageTests
{
    private static async Task<IReadOnlyList<Diagnostic>> RunAsync(params (string Path, string Text)[] files)
    {
        var compilation = await AnalyzerRunner.CompileAsync("class C { }");
        return await AnalyzerRunner.RunAsync(
            compilation,
            new ConfigurationFileAnalyzer(),
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray());
    }

    [Fact]
    public async Task Speaks_french_when_the_ui_culture_is_french()
    {
        var diagnostic = Assert.Single(await RunAsync(("/app/appsettings.json", """{ "Archive": { "Url": "https://acct.blob.core.windows.net/c" } }""")));
        var french = CultureInfo.GetCultureInfo("fr-FR");
        Assert.Equal(
            "«\u00A0acct.blob.core.windows.net\u00A0» pointe vers Azure Blob Storage / ADLS Gen2 (Microsoft Azure (public cloud), US)\u00A0: "
            + "soumis au US CLOUD Act, FISA 702, EO 12333. Alternatives autorisées par la politique\u00A0: S3NS (Cloud de Confiance) (u-france-east1). Paramètre\u00A0: Archive:Url",
            diagnostic.GetMessage(french));
        Assert.Equal(
            "Point de terminaison d'un fournisseur que la politique n'autorise pas, dans un fichier de configuration",
            diagnostic.Descriptor.Title.ToString(french));
        var english = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'acct.blob.core.windows.net' is an endpoint of", english, StringComparison.Ordinal);
        Assert.EndsWith(". Setting: Archive:Url", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carries_the_finding_and_its_setting_as_properties()
    {
        var diagnostic = Assert.Single(await RunAsync(("/app/.env", "EXPORT_URL=https://b.s3.eu-west-3.amazonaws.com/k\n")));
        var properties = diagnostic.Properties;
        Assert.Equal("aws", properties[FindingProperties.ProviderId]);
        Assert.Equal("US", properties[FindingProperties.Jurisdiction]);
        Assert.Equal("object-storage-s3", properties[FindingProperties.ServiceKind]);
        Assert.Equal("eu-west-3", properties[FindingProperties.Region]);
        Assert.Equal("b.s3.eu-west-3.amazonaws.com", properties[FindingProperties.Host]);
        Assert.Equal("outscale,cloud-temple", properties[FindingProperties.Alternatives]);
        Assert.Equal("EXPORT_URL", properties[FindingProperties.Setting]);
        Assert.Equal("/app/.env", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 11), new LinePosition(0, 49)), diagnostic.Location.GetLineSpan().Span);
        Assert.EndsWith("docs/rules/SOV0004.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_file_when_the_value_has_no_setting_name()
    {
        var diagnostic = Assert.Single(await RunAsync(("/app/appsettings.json", "\"https://s3.amazonaws.com\"")));
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'s3.amazonaws.com' is an endpoint of", message, StringComparison.Ordinal);
        Assert.EndsWith(". Setting: appsettings.json", message, StringComparison.Ordinal);
        Assert.Null(diagnostic.Properties[FindingProperties.Setting]);
    }

    [Fact]
    public async Task Says_in_both_languages_that_a_file_is_too_large()
    {
        var text = new string(' ', ConfigurationFile.MaxScannedLength + 1);
        var diagnostic = Assert.Single(await RunAsync(("/app/appsettings.json", text)));
        Assert.Equal(RuleIds.ConfigurationFileTooLarge, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("'appsettings.json' is not scanned for endpoints: it has 2097153 characters, more than the 2097152 read in a configuration file", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("«\u00A0appsettings.json\u00A0» n'est pas analysé\u00A0: il compte 2097153 caractères, plus que les 2097152 lus dans un fichier de configuration", diagnostic.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.EndsWith("docs/rules/SOV0006.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_identical_results_when_run_concurrently_many_times()
    {
        var files = Enumerable.Range(0, 30).SelectMany(i => new[]
        {
            ($"/p{i}/appsettings.json", $$"""{ "A": "https://b{{i}}.s3.eu-west-{{i % 3 + 1}}.amazonaws.com/k", "B": "https://s3.gra.io.cloud.ovh.net", "C": "Server=tcp:db{{i}}.database.windows.net,1433" }"""),
            ($"/p{i}/web.config", $$"""<configuration><add key="K{{i}}" value="https://a{{i}}.blob.core.windows.net" /></configuration>"""),
            ($"/p{i}/.env", $"DSN=https://k@o{i}.ingest.sentry.io/1\n"),
        }).ToArray();
        var compilation = await AnalyzerRunner.CompileAsync("class C { }");
        var additionalFiles = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)).ToArray();
        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AnalyzerRunner.RunAsync(compilation, new ConfigurationFileAnalyzer(), additionalFiles))));
        var first = Describe(runs[0]);
        Assert.Equal(120, first.Length);
        Assert.All(runs, run => Assert.Equal(first, Describe(run)));
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
