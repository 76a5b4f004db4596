using System.Collections.Concurrent;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// Packs the NuGet package with a version no cache can hold (0.1.0-e2e.&lt;ticks&gt;) into a local feed in a
/// temporary folder, and lays out consumer projects beside it that reference the package through a
/// nuget.config and restore into their own NUGET_PACKAGES folder: an older package can never make a test pass.
/// <code>
/// &lt;temp&gt;/feed/                    the package
/// &lt;temp&gt;/packages/                NUGET_PACKAGES of every consumer
/// &lt;temp&gt;/nuget.config              the feed (plus the machine's default sources)
/// &lt;temp&gt;/plain/                   console app: an S3 URL in Program.cs, another in appsettings.json
/// &lt;temp&gt;/override/                the same Program.cs, with an .editorconfig that sets SOV0001's severity
/// &lt;temp&gt;/org/sovereignty.json      extends policies/organisation.json, which allows AWS
/// &lt;temp&gt;/org/app/                 console app under that policy
/// &lt;temp&gt;/sarif/                   SARIF logs written with SovereigntySarifDirectory
/// </code>
/// Builds are memoised per scenario: several facts assert on one build.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string ProgramSource = """
        var archive = new Uri("https://acme-archive.s3.eu-west-3.amazonaws.com/reports");
        Console.WriteLine(archive);

        """;

    public const string AppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "Storage": {
            "ServiceUrl": "https://s3.eu-west-3.amazonaws.com"
          }
        }

        """;

    private readonly ConcurrentDictionary<string, Lazy<Task<DotNetResult>>> runs = new();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sovereign-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.Ticks;

    public string PackagePath => Path.Combine(Root, "feed", $"SovereignAnalyzers.{Version}.nupkg");

    public string PlainProject => Path.Combine(Root, "plain");

    public string OverrideProject => Path.Combine(Root, "override");

    public string OrganisationProject => Path.Combine(Root, "org", "app");

    public string SarifPath => Path.Combine(PlainProject, "build.sarif");

    public DotNetResult Pack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        Pack = await DotNetCli.RunAsync(RepositoryPaths.Root, new Dictionary<string, string>(),
            "pack", RepositoryPaths.Get("nuget", "SovereignAnalyzers.Package.csproj"),
            "-c", "Release", $"-p:Version={Version}",
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "-o", Path.Combine(Root, "feed"));
        Assert.True(Pack.ExitCode == 0 && File.Exists(PackagePath), Pack.ToString());

        // Stop MSBuild's search for Directory.Build.*, Directory.Packages.props and .editorconfig at the
        // temporary folder: the consumers are plain projects, whatever the machine has above it.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write(".editorconfig", "root = true\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="sovereign-e2e" value="{Path.Combine(Root, "feed")}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);

        WriteConsoleProject("plain", string.Empty);
        Write("plain/Program.cs", ProgramSource);
        Write("plain/appsettings.json", AppSettings);

        WriteConsoleProject("override", string.Empty);
        Write("override/Program.cs", ProgramSource);
        Write("override/.editorconfig", """
            [*.cs]
            dotnet_diagnostic.SOV0001.severity = warning

            """);

        Write("org/sovereignty.json", """
            {
              // The organisation's policy, refined here.
              "extends": "policies/organisation.json"
            }

            """);
        Write("org/policies/organisation.json", """
            {
              "allow": ["aws"]
            }

            """);
        // The project already lists appsettings.json (the package must not add it twice) and opts a sample file out.
        WriteConsoleProject("org/app", """
            <AdditionalFiles Include="appsettings.json" />
                <AdditionalFiles Update="appsettings.Example.json" SovereigntyScan="false" />
            """);
        Write("org/app/Program.cs", ProgramSource);
        Write("org/app/appsettings.json", AppSettings);
        Write("org/app/appsettings.Example.json", AppSettings);
        Write("org/app/web.config", "<configuration />\n");
        Write("org/app/.env", "STORAGE_URL=https://s3.eu-west-3.amazonaws.com\n");
        Write("org/app/NuGet.Config", "<configuration />\n");
        Write("org/app/bin/Debug/appsettings.Production.json", AppSettings);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SOVEREIGN_KEEP_E2E") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a build server may still hold a file for a moment
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs a dotnet command once per <paramref name="scenario"/> and hands every caller the same result.</summary>
    public Task<DotNetResult> Run(string scenario, string projectDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => runs.GetOrAdd(scenario, _ => new Lazy<Task<DotNetResult>>(() =>
        {
            var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
            {
                ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            };
            return DotNetCli.RunAsync(projectDirectory, variables, arguments);
        })).Value;

    /// <summary>`dotnet build --no-incremental` (an incremental build would skip the compiler and hide warnings).</summary>
    public Task<DotNetResult> Build(string scenario, string projectDirectory, params string[] properties)
        => Build(scenario, projectDirectory, null, properties);

    /// <summary>Runs a dotnet command every time it is called (for sequences of builds on the same folder).</summary>
    public Task<DotNetResult> RunNow(string projectDirectory, params string[] arguments)
        => DotNetCli.RunAsync(projectDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") }, arguments);

    public Task<DotNetResult> Build(string scenario, string projectDirectory, IReadOnlyDictionary<string, string>? environment, params string[] properties)
        => Run(scenario, projectDirectory, environment, ["build", "--no-incremental", "-nodeReuse:false", .. properties]);

    private void WriteConsoleProject(string directory, string items)
        => Write(Path.Combine(directory, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SovereignAnalyzers" Version="[{Version}]" />
                {items}
              </ItemGroup>
            </Project>

            """);

    /// <summary>A console project referencing the package, in <paramref name="directory"/> (relative to <see cref="Root"/>).</summary>
    public string CreateConsoleProject(string directory, string items = "")
    {
        WriteConsoleProject(directory, items);
        return Path.Combine(Root, directory);
    }

    /// <summary>Writes a file under <see cref="Root"/> and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }
}
