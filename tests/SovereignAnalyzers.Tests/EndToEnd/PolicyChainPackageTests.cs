using Xunit.Abstractions;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package's <c>extends</c> follower in a real build: a target that is not a policy file fails neither
/// MSBuild nor hangs it, and is reported by the analyzers as SOV0900 at the <c>extends</c> value. Each hostile
/// target is tested directly in Packaging/PolicyChainFollowerTests.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndBuilds.Name)]
public sealed class PolicyChainPackageTests
{
    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public PolicyChainPackageTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task The_build_reports_a_refused_target_as_SOV0900_at_the_extends_value_without_an_MSBuild_error()
    {
        var project = package.CreateConsoleProject("chain-build/app");
        package.Write("chain-build/app/Program.cs", "Console.WriteLine(1);\n");
        package.Write("chain-build/sovereignty.json", """
            {
              "extends": "/dev/zero",
              "allow": ["aws"]
            }
            """);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path.Combine(package.Root, "chain-build", "folder.json"));
            package.Write("chain-build/sovereignty.json", """
                {
                  "extends": "folder.json",
                  "allow": ["aws"]
                }
                """);
        }

        var build = await package.RunNow(project, "build", "--no-incremental", "-nodeReuse:false");
        output.WriteLine(build.ToString());

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.DoesNotMatch(@"error MSB\d+", build.Output);
        var line = Assert.Single(build.Output.Split('\n').Where(l => l.Contains("error SOV0900", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct());
        Assert.Matches(OperatingSystem.IsWindows()
            ? @"sovereignty\.json\(2,14\): error SOV0900: The base policy 'folder\.json' \(resolved to '[^']+folder\.json'\) is not a policy file: it is a folder;"
            : @"sovereignty\.json\(2,14\): error SOV0900: The base policy '/dev/zero' \(resolved to '/dev/zero'\) is not a policy file: its name does not end in \.json;", line);
    }
}
