using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>
/// An <c>extends</c> target the package's build files refused to read (not a regular <c>*.json</c> file of at
/// most 1 MiB holding a JSON object) reaches the analyzers as the build property SovereigntyRejectedPolicyFiles
/// (<c>reason*path</c> entries separated by '|'): SOV0900 at the value says it is not a policy file, and the
/// built-in default policy applies.
/// </summary>
public class PolicyRejectedByPackageTests
{
    private const string Source = """class C { string S = {|#0:"https://b.s3.eu-west-3.amazonaws.com"|}; }""";

    [Theory]
    [InlineData("/dev/zero", "/dev/zero", "extension", "its name does not end in .json")]
    [InlineData("..", "/", "folder", "it is a folder")]
    [InlineData("huge.json", "/repo/huge.json", "tooLarge", "it is larger than 1 MiB")]
    [InlineData("pipe.json", "/repo/pipe.json", "notRegular", "it is empty or not a regular file (a device, a pipe)")]
    [InlineData("list.json", "/repo/list.json", "notObject", "it does not hold a JSON object")]
    [InlineData("secret.json", "/repo/secret.json", "unreadable", "it cannot be read")]
    public Task A_refused_target_is_reported_as_not_a_policy_file(string target, string resolved, string reason, string text)
    {
        var test = new Test { TestCode = Source };
        test.TestState.AdditionalFiles.Add(("/repo/sovereignty.json", $$"""{ "extends": {|#1:"{{target}}"|}, "allow": ["aws"] }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true
            build_property.SovereigntyRejectedPolicyFiles = notRegular*/repo/other.json|{reason}*{resolved}
            """));
        test.ExpectedDiagnostics.Add(EndpointLiteral(0));
        test.ExpectedDiagnostics.Add(InvalidPolicy(1, $"The base policy '{target}' (resolved to '{resolved}') is not a policy file: {text}; expected a regular .json file of at most 1 MiB holding a JSON object."));
        return test.RunAsync();
    }

    [Fact]
    public Task A_missing_target_that_the_build_did_not_refuse_is_still_reported_as_missing()
    {
        var test = new Test { TestCode = Source };
        test.TestState.AdditionalFiles.Add(("/repo/sovereignty.json", """{ "extends": {|#1:"base.json"|} }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.SovereigntyRejectedPolicyFiles = folder*/repo/other.json
            """));
        test.ExpectedDiagnostics.Add(EndpointLiteral(0));
        test.ExpectedDiagnostics.Add(InvalidPolicy(1, """The base policy 'base.json' (resolved to '/repo/base.json') is not among the project's additional files. Add <AdditionalFiles Include="/repo/base.json" /> to the project: analyzers cannot read files themselves."""));
        return test.RunAsync();
    }
}
