using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package's <c>extends</c> follower (build/SovereignAnalyzers.PolicyChain.cs) on hostile policies: it
/// hands the compiler regular <c>*.json</c> files of at most 1 MiB only, never blocks on a device or a pipe,
/// never fails the build itself, and names what it refused so that the analyzer reports it at the value.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackageCollection.Name)]
public sealed class PolicyChainPackageTests
{
    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public PolicyChainPackageTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    public static TheoryData<string, string> HostileTargets()
    {
        var data = new TheoryData<string, string>
        {
            { ".", "folder" },
            { "big.json", "tooLarge" },
            { "list.json", "notObject" },
            { "notes.txt", "extension" },
        };
        if (!OperatingSystem.IsWindows())
        {
            data.Add("/dev/zero", "extension");
            data.Add("/dev/stdin", "extension");
            data.Add(string.Concat(Enumerable.Repeat("../", 40)) + "etc/passwd", "extension");
            data.Add("pipe.json", "notRegular");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTargets))]
    public async Task A_target_that_is_not_a_policy_file_is_refused_and_named(string target, string reason)
    {
        var (policy, run) = await Follow(target);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput[run.StandardOutput.IndexOf('{', StringComparison.Ordinal)..]);
        var expectedPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(policy)!, target));
        Assert.Equal($"{reason}*{expectedPath}", json.RootElement.GetProperty("Properties").GetProperty("SovereigntyRejectedPolicyFiles").GetString());
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()).ToList();
        Assert.Contains(policy, files);
        Assert.DoesNotContain(expectedPath, files);
    }

    [Fact]
    public async Task An_extends_in_a_comment_or_in_a_string_or_in_a_nested_object_is_not_followed()
    {
        var (policy, run) = await Follow(null, """
            {
              // "extends": "base.json",
              /* "extends": "base.json", */
              "providers": [ { "id": "x", "extends": "base.json" } ],
              "allow": ["\"extends\": \"base.json\""]
            }
            """);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput[run.StandardOutput.IndexOf('{', StringComparison.Ordinal)..]);
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray().Select(i => i.GetProperty("FullPath").GetString()).ToList();
        Assert.Equal([policy], files.Where(f => f!.EndsWith(".json", StringComparison.Ordinal)));
        Assert.Equal(string.Empty, json.RootElement.GetProperty("Properties").GetProperty("SovereigntyRejectedPolicyFiles").GetString());
    }

    [Fact]
    public async Task A_chain_of_real_policies_is_followed_with_escapes_and_comments()
    {
        var org = package.Write("chain/shared/org.json", """{ "extends": "../top.json" }""");
        var top = package.Write("chain/top.json", """{ "allow": ["aws"] }""");
        var (policy, run) = await Follow(null, """
            {
              "allow": ["ovhcloud"], // "extends": "decoy.json"
              "extends": "..\/shared\/org.json"
            }
            """);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput[run.StandardOutput.IndexOf('{', StringComparison.Ordinal)..]);
        var policies = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(i => i.TryGetProperty("SovereigntyPolicy", out var role) && role.GetString() != string.Empty)
            .Select(i => (i.GetProperty("FullPath").GetString(), i.GetProperty("SovereigntyPolicy").GetString()))
            .ToList();
        Assert.Equal([(policy, "root"), (org, "base"), (top, "base")], policies);
    }

    [Fact]
    public async Task The_build_reports_a_refused_target_as_SOV0900_at_the_extends_value_without_an_MSBuild_error()
    {
        var project = package.CreateConsoleProject("chain-build/app");
        package.Write("chain-build/app/Program.cs", "Console.WriteLine(1);\n");
        Directory.CreateDirectory(Path.Combine(package.Root, "chain-build", "folder.json"));
        package.Write("chain-build/sovereignty.json", """
            {
              "extends": "folder.json"
            }
            """);

        var build = await package.RunNow(project, "build", "--no-incremental", "-nodeReuse:false");
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.DoesNotMatch(@"error MSB\d+", build.Output);
        var line = Assert.Single(build.Output.Split('\n').Where(l => l.Contains("SOV0900", StringComparison.Ordinal) && !l.TrimStart().StartsWith("0 ", StringComparison.Ordinal)).Distinct());
        Assert.Matches(@"sovereignty\.json\(2,14\): error SOV0900: 'folder\.json' \(resolved to '[^']+folder\.json'\) is not a policy file: it is a folder;", line);
    }

    private async Task<(string Policy, DotNetResult Run)> Follow(string? target, string? text = null)
    {
        var name = "case" + Guid.NewGuid().ToString("N")[..8];
        var directory = Path.Combine("chain", name);
        var policy = package.Write(Path.Combine(directory, "sovereignty.json"), text ?? $$"""{ "extends": {{JsonSerializer.Serialize(target)}} }""");
        package.Write(Path.Combine(directory, "big.json"), "{\"a\": \"" + new string('x', 1024 * 1024) + "\"}");
        package.Write(Path.Combine(directory, "list.json"), "[ { \"allow\": [] } ]");
        package.Write(Path.Combine(directory, "notes.txt"), "{ }");
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(package.Root, directory, "pipe.json"))!;
            await mkfifo.WaitForExitAsync();
        }

        var project = Path.Combine(package.Root, "chain", "app");
        if (!File.Exists(Path.Combine(project, "app.csproj")))
        {
            package.CreateConsoleProject(Path.Combine("chain", "app"));
            package.Write(Path.Combine("chain", "app", "Program.cs"), "Console.WriteLine(1);\n");
        }

        var run = await package.RunNow(project, FollowArguments(policy));
        output.WriteLine(run.ToString());
        return (policy, run);
    }

    private static string[] FollowArguments(string policy)
        => ["msbuild", "-restore", "-nodeReuse:false", "-t:SovereigntyAddAdditionalFiles", "-getItem:AdditionalFiles", "-getProperty:SovereigntyRejectedPolicyFiles", $"-p:SovereigntyPolicyFile={policy}"];
}
