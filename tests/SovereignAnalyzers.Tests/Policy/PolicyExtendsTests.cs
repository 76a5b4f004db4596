using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary><c>extends</c> through the compilation's additional files, as a build passes them.</summary>
public class PolicyExtendsTests
{
    private const string AwsCode = """class C { string S = {|#9:"https://b.s3.eu-west-3.amazonaws.com"|}; }""";

    [Fact]
    public Task The_base_applies_through_the_child()
        => VerifyAsync(
            """class C { string S = "https://b.s3.eu-west-3.amazonaws.com"; }""",
            new[]
            {
                ("/repo/policies/organisation.json", """{ "allow": ["aws"] }"""),
                ("/repo/src/App/sovereignty.json", """{ "extends": "../../policies/organisation.json", "deny": ["scaleway"] }"""),
            });

    [Fact]
    public Task The_child_refines_the_base()
        => VerifyAsync(
            AwsCode,
            new[]
            {
                ("/repo/policies/organisation.json", """{ "allow": ["aws"] }"""),
                ("/repo/src/App/sovereignty.json", """{ "extends": "../../policies/organisation.json", "deny": ["aws"] }"""),
            },
            EndpointLiteral(9));

    [Fact]
    public Task A_missing_base_is_reported_at_the_extends_value_and_the_default_applies()
        => VerifyAsync(
            AwsCode,
            new[] { ("/repo/src/App/sovereignty.json", """{ "extends": {|#0:"../../policies/organisation.json"|}, "allow": ["aws"] }""") },
            EndpointLiteral(9),
            InvalidPolicy(0, """The base policy '../../policies/organisation.json' (resolved to '/repo/policies/organisation.json') is not among the project's additional files. Add <AdditionalFiles Include="/repo/policies/organisation.json" /> to the project: analyzers cannot read files themselves."""));

    [Fact]
    public Task A_cycle_is_reported_where_it_closes()
        => VerifyAsync(
            NoCode,
            new[]
            {
                ("/repo/a/sovereignty.json", """{ "extends": "../b/base.json" }"""),
                ("/repo/b/base.json", """{ "extends": {|#0:"../a/sovereignty.json"|} }"""),
            },
            InvalidPolicy(0, "'extends' makes a cycle (/repo/a/sovereignty.json → /repo/b/base.json → /repo/a/sovereignty.json); expected a chain of base policies that ends."));

    [Fact]
    public Task An_error_in_the_base_is_reported_in_the_base()
        => VerifyAsync(
            NoCode,
            new[]
            {
                ("/repo/policies/organisation.json", """{ "forbiddenLaws": [{|#0:"us-cloud-ac"|}] }"""),
                ("/repo/src/App/sovereignty.json", """{ "extends": "../../policies/organisation.json" }"""),
            },
            InvalidPolicy(0, "Unknown law id 'us-cloud-ac': did you mean 'us-cloud-act'?"));

    [Fact]
    public Task A_parent_sovereignty_json_that_the_project_extends_is_a_base_not_a_second_policy()
        => VerifyAsync(
            """class C { string S = "https://b.s3.eu-west-3.amazonaws.com"; }""",
            new[]
            {
                ("/repo/sovereignty.json", """{ "allow": ["aws"] }"""),
                ("/repo/src/App/sovereignty.json", """{ "extends": "../../sovereignty.json" }"""),
            });

    [Fact]
    public Task Policy_files_extending_each_other_are_a_cycle_not_two_policies()
        => VerifyAsync(
            NoCode,
            new[]
            {
                ("/repo/sovereignty.json", """{ "extends": "src/sovereignty.json" }"""),
                ("/repo/src/sovereignty.json", """{ "extends": {|#0:"../sovereignty.json"|} }"""),
            },
            InvalidPolicy(0, "'extends' makes a cycle (/repo/sovereignty.json → /repo/src/sovereignty.json → /repo/sovereignty.json); expected a chain of base policies that ends."));

    [Fact]
    public Task An_expired_exception_in_the_base_is_reported_in_the_base()
        => VerifyAsync(
            NoCode,
            new[]
            {
                ("/repo/policies/organisation.json", """{ "exceptions": [ { "provider": "aws", "justification": "x", "owner": "dsi@example.fr", "expires": {|#0:"2026-01-31"|} } ] }"""),
                ("/repo/src/App/sovereignty.json", """{ "extends": "../../policies/organisation.json" }"""),
            },
            ExpiredException(0, "aws", "dsi@example.fr", "2026-01-31"));
}
