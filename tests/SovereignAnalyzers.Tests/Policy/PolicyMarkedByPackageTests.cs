using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>
/// The package's build files mark the policy they selected with the item metadata SovereigntyPolicy=root
/// (visible to the analyzers as build_metadata.AdditionalFiles.SovereigntyPolicy): that file is the policy
/// whatever its name, and another sovereignty.json passed alongside is not.
/// </summary>
public class PolicyMarkedByPackageTests
{
    private const string Source = """class C { string S = {|#0:"https://b.s3.eu-west-3.amazonaws.com"|}; }""";

    [Fact]
    public Task A_marked_file_with_another_name_is_the_policy()
    {
        var test = Create(("/repo/policies/strict.json", """{ "allow": ["aws"] }"""));
        Mark(test, "/repo/policies/strict.json");
        return test.RunAsync();
    }

    [Fact]
    public Task The_marked_file_wins_over_an_unmarked_sovereignty_json()
    {
        var test = Create(
            ("/repo/policies/strict.json", """{ "allow": ["aws"] }"""),
            ("/repo/app/data/sovereignty.json", """{ "deny": ["aws"], "alow": [] }"""));
        Mark(test, "/repo/policies/strict.json");
        return test.RunAsync();
    }

    [Fact]
    public Task An_unmarked_file_with_another_name_is_not_a_policy()
    {
        var test = Create(("/repo/policies/strict.json", """{ "allow": ["aws"] }"""));
        test.ExpectedDiagnostics.Add(EndpointLiteral(0));
        return test.RunAsync();
    }

    [Fact]
    public Task The_bases_of_a_marked_policy_are_found_as_usual()
    {
        var test = Create(
            ("/repo/policies/strict.json", """{ "extends": "organisation.json" }"""),
            ("/repo/policies/organisation.json", """{ "allow": ["aws"] }"""));
        Mark(test, "/repo/policies/strict.json");
        return test.RunAsync();
    }

    private static Test Create(params (string Path, string Text)[] files)
    {
        var test = new Test { TestCode = Source };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }

    private static void Mark(Test test, string path)
        => test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [{path}]
            build_metadata.AdditionalFiles.SovereigntyPolicy = root
            """));
}
