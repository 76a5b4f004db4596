using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests;

/// <summary>The samples say what the README says they do: LegacyApp is reported, SovereignApp is clean.</summary>
public class SamplesTests
{
    [Fact]
    public async Task LegacyApp_is_reported_for_each_provider_it_uses()
    {
        var diagnostics = await AnalyzeSampleAsync("LegacyApp");
        var endpoints = diagnostics.Where(d => d.Id == RuleIds.EndpointLiteral)
            .Select(d => Path.GetFileName(d.Location.SourceTree!.FilePath) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + d.Properties[FindingProperties.ProviderId])
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "CloudUploader.cs:13:azure",
                "ExportTargets.cs:10:gcp",
                "ExportTargets.cs:13:sentry",
                "ExportTargets.cs:16:aws",
                "ExportTargets.cs:19:alibaba",
                "ExportTargets.cs:7:azure",
            },
            endpoints);
        var clients = diagnostics.Where(d => d.Id is RuleIds.SdkClientTarget or RuleIds.SdkRuntimeEndpoint)
            .Select(d => d.Id + ":" + Path.GetFileName(d.Location.SourceTree!.FilePath) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + d.Properties[FindingProperties.ProviderId])
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "SOV0002:CloudUploader.cs:17:aws",
                "SOV0002:CloudUploader.cs:23:gcp",
                "SOV0003:CloudUploader.cs:31:aws",
            },
            clients);

        // One dependency, one warning: a constant used by a client is reported at its declaration, the client as an additional location.
        var clientsOfConstants = diagnostics.Where(d => d.Id == RuleIds.EndpointLiteral && d.AdditionalLocations.Count > 0)
            .Select(d => Path.GetFileName(d.Location.SourceTree!.FilePath) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + " <- "
                + string.Join(", ", d.AdditionalLocations.Select(l => Path.GetFileName(l.SourceTree!.FilePath) + ":" + (l.GetLineSpan().StartLinePosition.Line + 1))))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(new[] { "CloudUploader.cs:13 <- CloudUploader.cs:20", "ExportTargets.cs:13 <- Program.cs:4" }, clientsOfConstants);
        var configuration = diagnostics.Where(d => d.Id == RuleIds.ConfigurationEndpoint)
            .Select(d => Path.GetFileName(d.Location.GetLineSpan().Path) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ":" + d.Properties[FindingProperties.ProviderId])
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(
            new[]
            {
                "appsettings.json:13:aws",
                "appsettings.json:16:azure",
                "appsettings.json:20:sentry",
                "appsettings.json:25:sendgrid",
                "appsettings.json:5:azure",
                "appsettings.json:6:azure",
            },
            configuration);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task SovereignApp_has_no_finding()
        => Assert.Empty(await AnalyzeSampleAsync("SovereignApp"));

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeSampleAsync(string name)
    {
        var folder = RepositoryPaths.Get("samples", name);
        var sources = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Get("samples", "Shared"), "*.cs"))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(f)))
            .Append(("GlobalUsings.g.cs", "global using System; global using System.IO; global using System.Collections.Generic; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;"))
            .ToArray();
        var compilation = (await AnalyzerRunner.CompileAsync(sources)).WithOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var additionalFiles = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f)))
            .ToArray();
        return await AnalyzerRunner.RunAsync(compilation, AllAnalyzers.Create(), additionalFiles);
    }
}
