using SovereignAnalyzers.Rules;
using Verify = SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer, SovereignAnalyzers.Tests.Findings.HostReplacementFix>;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>A fix that reads only the contract rewrites exactly the host, in every form of literal (and through the code-fix verifier).</summary>
public class FindingContractFixTests
{
    [Fact]
    public Task Replaces_exactly_the_host_in_regular_verbatim_raw_and_concatenated_literals()
        => Verify.VerifyAsync(
            """"
            class C
            {
                const string P = "k";
                string A = {|#0:"https://bucket.s3.eu-west-3.amazonaws.com/key?x=1"|};
                string B = {|#1:@"https://S3.EU-WEST-3.AMAZONAWS.COM"|};
                string D = {|#2:"""https://s3.eu-west-3.amazonaws.com/"""|};
                string E = {|#3:"https://" + "s3.eu-west-3.amazonaws.com:443/" + P|};
                string F = {|#4:"tab\there: https://s3.eu-west-3.amazonaws.com"|};
            }
            """",
            """"
            class C
            {
                const string P = "k";
                string A = "https://oos.cloudgouv-eu-west-1.outscale.com/key?x=1";
                string B = @"https://oos.cloudgouv-eu-west-1.outscale.com";
                string D = """https://oos.cloudgouv-eu-west-1.outscale.com/""";
                string E = "https://" + "oos.cloudgouv-eu-west-1.outscale.com:443/" + P;
                string F = "tab\there: https://oos.cloudgouv-eu-west-1.outscale.com";
            }
            """",
            Enumerable.Range(0, 5).Select(i => Verify.Diagnostic(RuleIds.EndpointLiteral).WithLocation(i)).ToArray());

    [Fact]
    public Task Leaves_a_host_it_cannot_locate()
    {
        const string Source = """class C { string A = {|#0:"https://s3.eu-west-3.amazon\u0061ws.com"|}; }""";
        return Verify.VerifyAsync(Source, Source, Verify.Diagnostic(RuleIds.EndpointLiteral).WithLocation(0));
    }
}
