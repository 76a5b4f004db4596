using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Resources;
using SovereignAnalyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: packed from nuget/, restored from a local feed into plain console
/// projects, built with the dotnet CLI. Run alone with
/// <c>dotnet test SovereignAnalyzers.sln --filter Category=EndToEnd</c>; leave out with <c>Category!=EndToEnd</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndBuilds.Name)]
public sealed class PackageTests
{
    private static readonly int LiteralColumn = PackageFixture.ProgramSource.IndexOf('"', StringComparison.Ordinal) + 1;
    private static readonly int AppSettingsEndpointLine = PackageFixture.AppSettings.Split('\n').ToList().FindIndex(l => l.Contains("amazonaws", StringComparison.Ordinal)) + 1;

    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public PackageTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_package_holds_the_analyzer_with_its_French_resources_and_the_build_files_and_no_lib()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("analyzers/dotnet/cs/SovereignAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/fr/SovereignAnalyzers.resources.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/SovereignAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/fr/SovereignAnalyzers.CodeFixes.resources.dll", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/SovereignAnalyzers.props", entries);
            Assert.Contains($"{folder}/SovereignAnalyzers.targets", entries);
        }

        Assert.Contains("build/config/enforcement-error.globalconfig", entries);
        Assert.Contains("build/config/enforcement-none.globalconfig", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal) || e.EndsWith(".deps.json", StringComparison.Ordinal));
        if (File.Exists(RepositoryPaths.Get("docs", "sovereignty.schema.json")))
        {
            Assert.Contains("schema/sovereignty.schema.json", entries);
        }

        var nuspecEntry = archive.Entries.Single(e => e.FullName == "SovereignAnalyzers.nuspec");
        using var nuspecStream = nuspecEntry.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(package.Version, Value("version"));
        Assert.Contains("icon.png", entries);
        Assert.Contains("CHANGELOG.md", entries);
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal(File.ReadAllText(RepositoryPaths.Get("CHANGELOG.md")).ReplaceLineEndings("\n").Trim(), Value("releaseNotes")!.ReplaceLineEndings("\n").Trim());
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url"));
        Assert.Null(Value("dependencies"));
    }

    [Fact]
    public async Task Every_development_pack_gets_a_new_version_and_a_release_pack_the_plain_one()
    {
        async Task<string> PackageVersion(params string[] properties)
        {
            var run = await DotNetCli.RunAsync(RepositoryPaths.Root, new Dictionary<string, string>(),
                ["msbuild", RepositoryPaths.Get("nuget", "SovereignAnalyzers.Package.csproj"), "-nodeReuse:false", "-getProperty:PackageVersion", "-getProperty:VersionPrefix", .. properties]);
            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = JsonDocument.Parse(run.StandardOutput);
            var values = json.RootElement.GetProperty("Properties");
            return values.GetProperty("VersionPrefix").GetString() + " " + values.GetProperty("PackageVersion").GetString();
        }

        var first = await PackageVersion("-p:SOURCE_DATE_EPOCH=1796000000");
        var second = await PackageVersion("-p:SOURCE_DATE_EPOCH=1796000001");
        var release = await PackageVersion("-p:SovereigntyRelease=true");
        var prefix = release.Split(' ')[0];

        Assert.Equal($"{prefix} {prefix}-dev.{DateTimeOffset.FromUnixTimeSeconds(1796000000).UtcDateTime:yyyyMMddHHmmss}", first);
        Assert.Equal($"{prefix} {prefix}-dev.{DateTimeOffset.FromUnixTimeSeconds(1796000001).UtcDateTime:yyyyMMddHHmmss}", second);
        Assert.Equal($"{prefix} {prefix}", release);
    }

    [Fact]
    public async Task A_plain_console_project_warns_by_default()
    {
        var build = await BuildPlainWithSarif();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["Program.cs(1," + LiteralColumn + "): warning SOV0001"], Findings(build, "SOV0001"));
        Assert.DoesNotContain(": error SOV", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sarif_log_carries_the_inventory_properties()
    {
        var build = await BuildPlainWithSarif();
        Assert.True(File.Exists(package.SarifPath), build.ToString());

        using var sarif = JsonDocument.Parse(File.ReadAllText(package.SarifPath));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "SOV0001");
        var properties = result.GetProperty("properties").GetProperty("customProperties");
        string? Property(string name) => properties.TryGetProperty(name, out var value) ? value.GetString() : null;

        Assert.Equal("aws", Property("providerId"));
        Assert.Equal("Amazon Web Services", Property("providerName"));
        Assert.Equal("US", Property("jurisdiction"));
        Assert.Contains("us-cloud-act", Property("laws")!.Split(','));
        Assert.Equal("object-storage-s3", Property("serviceKind"));
        Assert.Equal("eu-west-3", Property("region"));
        Assert.Equal("acme-archive.s3.eu-west-3.amazonaws.com", Property("host"));
        Assert.Equal(ProviderCatalog.BuiltIn.Version, Property("catalogVersion"));
        Assert.False(string.IsNullOrEmpty(Property("reasons")));
        Assert.EndsWith("/plain/Program.cs", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
    }

    [FactRequiringRule("SOV0004", "the package already passes appsettings.json to the analyzers (see Policy_and_configuration_files_reach_the_compiler)")]
    public async Task Appsettings_json_is_scanned()
    {
        var build = await BuildPlainWithSarif();

        Assert.Single(Findings(build, "SOV0004"), f => f.StartsWith($"appsettings.json({AppSettingsEndpointLine},", StringComparison.Ordinal) && f.EndsWith("warning SOV0004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Enforcement_error_fails_the_build_with_error_SOV0001()
    {
        var build = await BuildPlainWithErrorEnforcement();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(["Program.cs(1," + LiteralColumn + "): error SOV0001"], Findings(build, "SOV0001"));
        if (AllAnalyzers.Supports("SOV0004"))
        {
            // A global analyzer config reaches diagnostics located in additional files; an .editorconfig section would not.
            Assert.Single(Findings(build, "SOV0004"), f => f.StartsWith($"appsettings.json({AppSettingsEndpointLine},", StringComparison.Ordinal) && f.EndsWith("error SOV0004", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Messages_come_in_French_from_the_packaged_satellite_assembly()
    {
        var build = await BuildPlainWithErrorEnforcement();

        // The longest fixed part of the French message format, e.g. " est un point de terminaison de ".
        var french = Strings.ResourceManager.GetString(nameof(Strings.SOV0001Message), CultureInfo.GetCultureInfo("fr"))!;
        var english = Strings.ResourceManager.GetString(nameof(Strings.SOV0001Message), CultureInfo.InvariantCulture)!;
        var fixedPart = Regex.Split(french, @"\{\d+\}").OrderByDescending(p => p.Length).First();
        Assert.DoesNotContain(fixedPart, english, StringComparison.Ordinal);

        var line = Assert.Single(build.Output.Split('\n').Where(l => l.Contains("error SOV0001", StringComparison.Ordinal)).Distinct());
        Assert.Contains(fixedPart, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_severity_in_the_users_editorconfig_wins_over_error_enforcement()
    {
        var build = await BuildOverrideWithErrorEnforcement();
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["Program.cs(1," + LiteralColumn + "): warning SOV0001"], Findings(build, "SOV0001"));
    }

    [Fact]
    public async Task SovereigntySarifDirectory_writes_one_sarif_log_per_project()
    {
        var build = await BuildOverrideWithErrorEnforcement();
        var sarifPath = Path.Combine(package.Root, "sarif", "app.sarif");
        Assert.True(File.Exists(sarifPath), build.ToString());

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "SOV0001");
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal("aws", result.GetProperty("properties").GetProperty("customProperties").GetProperty("providerId").GetString());
    }

    [Fact]
    public async Task Enforcement_none_reports_nothing()
    {
        var build = await package.Build("plain-none", package.PlainProject, "-p:SovereigntyEnforcement=none");
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(@"(warning|error|info) SOV\d{4}", build.Output);
    }

    [Fact]
    public async Task An_unknown_enforcement_value_is_a_build_error()
    {
        var build = await package.Build("plain-typo", package.PlainProject, "-p:SovereigntyEnforcement=erorr");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("error SOV0910: SovereignAnalyzers: SovereigntyEnforcement is 'erorr'; expected one of: warning, error, none.", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_and_configuration_files_reach_the_compiler()
    {
        var restore = await package.Run("org-restore", package.OrganisationProject, null, "restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var run = await package.Run("org-items", package.OrganisationProject, null,
            "msbuild", "-nodeReuse:false", "-t:GenerateMSBuildEditorConfigFile",
            "-getItem:AdditionalFiles", "-getProperty:GeneratedMSBuildEditorConfigFile");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);

        // What the compiler is handed: each file once, by the state the build has when it compiles.
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => RelativeToRoot(i.GetProperty("FullPath").GetString()!))
            .Order(StringComparer.Ordinal)
            .ToList();
        string[] expected =
        [
            "org/app/.env",
            "org/app/appsettings.Example.json",
            "org/app/appsettings.json",
            "org/app/web.config",
            "org/policies/organisation.json",
            "org/sovereignty.json",
        ];
        Assert.Equal(expected, files);

        // What the analyzers read: the item metadata, in the compiler's generated .editorconfig.
        var editorConfig = Path.Combine(package.OrganisationProject, json.RootElement.GetProperty("Properties").GetProperty("GeneratedMSBuildEditorConfigFile").GetString()!);
        var metadata = ReadSections(File.ReadAllText(editorConfig))
            .Where(s => s.Key.StartsWith(package.Root.Replace('\\', '/'), StringComparison.Ordinal))
            .ToDictionary(
                s => RelativeToRoot(s.Key),
                s => (Policy: s.Value.GetValueOrDefault("build_metadata.AdditionalFiles.SovereigntyPolicy", string.Empty), Scan: s.Value.GetValueOrDefault("build_metadata.AdditionalFiles.SovereigntyScan", string.Empty)));
        Assert.Equal(expected, metadata.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("root", string.Empty), metadata["org/sovereignty.json"]);
        Assert.Equal(("base", string.Empty), metadata["org/policies/organisation.json"]);
        Assert.Equal((string.Empty, "false"), metadata["org/app/appsettings.Example.json"]);
        Assert.Equal((string.Empty, string.Empty), metadata["org/app/appsettings.json"]);
    }

    [FactRequiringRule("SOV0900", "the policy file is read by the analyzers only once the policy rules exist; until then Policy_and_configuration_files_reach_the_compiler checks what the package hands them")]
    public async Task A_policy_in_a_parent_folder_and_the_policy_it_extends_apply()
    {
        var build = await package.Build("org-build", package.OrganisationProject);
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(@"(warning|error) SOV\d{4}", build.Output);
    }

    [Fact]
    public async Task SovereigntyPolicyFile_selects_a_policy_with_another_name()
    {
        var items = await package.Run("named-items", package.PlainProject, null,
            "msbuild", "-restore", "-nodeReuse:false", "-t:SovereigntyAddAdditionalFiles", "-getItem:AdditionalFiles", NamedPolicy);
        Assert.True(items.ExitCode == 0, items.ToString());

        var json = items.StandardOutput[items.StandardOutput.IndexOf('{', StringComparison.Ordinal)..];
        using var document = JsonDocument.Parse(json);
        var policies = document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(i => i.TryGetProperty("SovereigntyPolicy", out _))
            .Select(i => (Path.GetRelativePath(package.Root, i.GetProperty("FullPath").GetString()!).Replace('\\', '/'), i.GetProperty("SovereigntyPolicy").GetString()))
            .ToList();
        Assert.Equal([("org/policies/organisation.json", "root")], policies);
    }

    [FactRequiringRule("SOV0900", "the policy file is read by the analyzers only once the policy rules exist; until then SovereigntyPolicyFile_selects_a_policy_with_another_name checks what the package hands them")]
    public async Task A_policy_named_by_SovereigntyPolicyFile_applies()
    {
        var build = await package.Build("named-build", package.PlainProject, NamedPolicy);
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(@"(warning|error) SOV\d{4}", build.Output);
    }

    /// <summary>A policy that allows AWS, not called sovereignty.json, relative to the project folder.</summary>
    private const string NamedPolicy = "-p:SovereigntyPolicyFile=../org/policies/organisation.json";

    private Task<DotNetResult> BuildPlainWithSarif()
        => package.Build("plain-default", package.PlainProject, $"-p:ErrorLog={package.SarifPath}%2Cversion=2.1");

    // The SARIF folder is relative to where the build starts (the project folder here).
    private Task<DotNetResult> BuildOverrideWithErrorEnforcement()
        => package.Build("override-error", package.OverrideProject, "-p:SovereigntyEnforcement=error", "-p:SovereigntySarifDirectory=../sarif");

    private Task<DotNetResult> BuildPlainWithErrorEnforcement()
        => package.Build("plain-error", package.PlainProject, new Dictionary<string, string> { ["DOTNET_CLI_UI_LANGUAGE"] = "fr-FR" }, "-p:SovereigntyEnforcement=error");

    private string RelativeToRoot(string path) => Path.GetRelativePath(package.Root, path).Replace('\\', '/');

    /// <summary>The sections of an .editorconfig file: header (a path, for the generated one) to its keys.</summary>
    internal static Dictionary<string, Dictionary<string, string>> ReadSections(string text)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                sections[line[1..^1]] = current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (current is not null && line.IndexOf('=', StringComparison.Ordinal) is > 0 and var equals)
            {
                current[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
        }

        return sections;
    }

    /// <summary>The distinct "File(line,column): severity ID" of a rule in a build log (dotnet build prints each twice).</summary>
    internal static List<string> Findings(DotNetResult build, string ruleId)
        => Regex.Matches(build.Output, $@"([^\s/\\]+\(\d+,\d+\)): (warning|error|info) {ruleId}\b")
            .Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value} {ruleId}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
