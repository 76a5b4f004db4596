using System.Text.Json;
using System.Xml.Linq;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// <c>dotnet format analyzers --diagnostics SOV0001 SOV0002</c> on a copy of samples/LegacyApp that
/// references the packed package: every finding with an alternative of its own API is fixed, the result
/// compiles, and the findings left are exactly those without one.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndBuilds.Name)]
public sealed class FormatEndToEndTests : IClassFixture<PackageFixture>
{
    private static readonly string[] SamplePackages = { "AWSSDK.S3", "Azure.Storage.Blobs", "Google.Cloud.Storage.V1", "Sentry" };

    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public FormatEndToEndTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task Dotnet_format_moves_every_finding_with_a_compatible_alternative_and_the_app_still_builds()
    {
        var app = Path.Combine(package.Root, "legacy");
        var original = Path.Combine(package.Root, "legacy-original");
        CopySample(app);
        CopySample(original);

        var before = await package.Build("legacy-before", app, $"-p:ErrorLog={Path.Combine(package.Root, "before.sarif")}%2Cversion=2.1");
        Assert.True(before.ExitCode == 0, before.ToString());
        var found = Findings(Path.Combine(package.Root, "before.sarif"));
        Assert.Contains(found, f => f.Fixable);

        var format = await package.Run("legacy-format", app, null, "format", "analyzers", "app.csproj", "--diagnostics", "SOV0001", "SOV0002", "--no-restore", "-v", "diag");
        Assert.True(format.ExitCode == 0, format.ToString());
        output.WriteLine(await DiffAsync(package.Root, "legacy-original", "legacy"));

        var after = await package.Build("legacy-after", app, $"-p:ErrorLog={Path.Combine(package.Root, "after.sarif")}%2Cversion=2.1");
        Assert.True(after.ExitCode == 0, after.ToString());
        var left = Findings(Path.Combine(package.Root, "after.sarif"));

        Assert.Equal(
            found.Where(f => !f.Fixable || f.Rule is not ("SOV0001" or "SOV0002")).Select(f => f.Key).Order(),
            left.Select(f => f.Key).Order());
        Assert.DoesNotContain(left, f => f.Rule is "SOV0001" or "SOV0002" && f.Fixable);
    }

    /// <summary>The sample's sources, its shared sources and configuration, as a plain project on the packed package.</summary>
    private void CopySample(string directory)
    {
        Directory.CreateDirectory(Path.Combine(directory, "Shared"));
        var sample = RepositoryPaths.Get("samples", "LegacyApp");
        foreach (var file in Directory.GetFiles(sample).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(RepositoryPaths.Get("samples", "Shared"), "*.cs"))
        {
            File.Copy(file, Path.Combine(directory, "Shared", Path.GetFileName(file)));
        }

        var versions = XDocument.Load(RepositoryPaths.Get("Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => e.Attribute("Include")!.Value, e => e.Attribute("Version")!.Value, StringComparer.Ordinal);
        var references = string.Join("\n    ", SamplePackages.Select(p => $"<PackageReference Include=\"{p}\" Version=\"{versions[p]}\" />"));
        File.WriteAllText(Path.Combine(directory, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SovereignAnalyzers" Version="[{package.Version}]" />
                {references}
              </ItemGroup>
            </Project>

            """);
    }

    /// <summary>The sovereignty findings of a SARIF log, by rule, file, provider and host (positions move when code is fixed).</summary>
    private static List<Finding> Findings(string sarifPath)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var findings = new List<Finding>();
        foreach (var result in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var rule = result.GetProperty("ruleId").GetString()!;
            if (!rule.StartsWith("SOV", StringComparison.Ordinal))
            {
                continue;
            }

            var properties = result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom) ? custom : default;
            string Property(string name) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;
            // Fixable: what the code fixes move, by the predicate they and the command line share.
            var fixable = QuickFixTargets.CanMove(FindingContract.Read(name => Property(name)), ProviderCatalog.BuiltIn);
            var file = Path.GetFileName(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            findings.Add(new Finding(rule, $"{rule} {file} {Property("providerId")} {Property("host")}", fixable));
        }

        return findings;
    }

    private static async Task<string> DiffAsync(string directory, string before, string after)
    {
        // The sources only (the fixed copy also holds bin/ and obj/).
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(directory, before), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(directory, before), file);
            text.Append(await GitDiffAsync(directory, Path.Combine(before, relative), Path.Combine(after, relative)));
        }

        return text.ToString();
    }

    private static async Task<string> GitDiffAsync(string directory, string before, string after)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["diff", "--no-index", "--no-color", "--", before, after])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    private sealed record Finding(string Rule, string Key, bool Fixable);
}
