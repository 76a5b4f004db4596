using Xunit.Abstractions;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>
/// The gate never passes because the compiler was skipped: on a folder already built, switching
/// <c>SovereigntyEnforcement</c> or <c>SovereigntySarifDirectory</c>, or changing the policy or a scanned
/// configuration file, runs the compiler again. Plain incremental builds, as a CI job reusing obj/ runs them.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndBuilds.Name)]
public sealed class GatePackageTests
{
    private readonly PackageFixture package;
    private readonly ITestOutputHelper output;

    public GatePackageTests(PackageFixture package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task Switches_policy_and_configuration_changes_rerun_the_compiler_on_an_incremental_build()
    {
        var project = package.CreateConsoleProject("gate/app");
        package.Write("gate/app/Program.cs", "Console.WriteLine(\"ready\");\n");
        package.Write("gate/app/appsettings.json", PackageFixture.AppSettings);
        var policy = package.Write("gate/sovereignty.json", """{ "allow": ["ovhcloud"] }""");

        var plain = await Build(project);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Single(PackageTests.Findings(plain, "SOV0004"), f => f.EndsWith("warning SOV0004", StringComparison.Ordinal));

        // The same folder, nothing changed but the switch: the compiler must run and fail the build.
        var enforced = await Build(project, "-p:SovereigntyEnforcement=error");
        Assert.True(enforced.ExitCode != 0, enforced.ToString());
        Assert.Single(PackageTests.Findings(enforced, "SOV0004"), f => f.EndsWith("error SOV0004", StringComparison.Ordinal));

        var sarifDirectory = Path.Combine(package.Root, "gate", "sarif");
        var withSarif = await Build(project, "-p:SovereigntySarifDirectory=" + sarifDirectory);
        Assert.True(withSarif.ExitCode == 0, withSarif.ToString());
        Assert.True(File.Exists(Path.Combine(sarifDirectory, "app.sarif")), withSarif.ToString());

        // The policy now allows AWS: the enforced build passes.
        File.WriteAllText(policy, """{ "allow": ["aws"] }""");
        var allowed = await Build(project, "-p:SovereigntyEnforcement=error");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Empty(PackageTests.Findings(allowed, "SOV0004"));

        // The policy restored with a time stamp older than the last build (a checkout, a cache restore): the
        // compiler still runs, and the enforced build fails again.
        File.WriteAllText(policy, """{ "allow": ["ovhcloud"] }""");
        File.SetLastWriteTimeUtc(policy, DateTime.UtcNow.AddDays(-30));
        var restored = await Build(project, "-p:SovereigntyEnforcement=error");
        Assert.True(restored.ExitCode != 0, restored.ToString());
        Assert.Single(PackageTests.Findings(restored, "SOV0004"), f => f.EndsWith("error SOV0004", StringComparison.Ordinal));
    }

    private async Task<DotNetResult> Build(string project, params string[] properties)
    {
        var build = await package.RunNow(project, ["build", "-nodeReuse:false", .. properties]);
        output.WriteLine(build.ToString());
        return build;
    }
}
