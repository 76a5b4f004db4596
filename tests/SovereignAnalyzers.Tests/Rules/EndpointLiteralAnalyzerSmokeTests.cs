using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;
using Verify = SovereignAnalyzers.Tests.Infrastructure.AnalyzerVerifier<SovereignAnalyzers.Rules.EndpointLiteralAnalyzer>;

namespace SovereignAnalyzers.Tests.Rules;

public class EndpointLiteralAnalyzerSmokeTests
{
    [Fact]
    public Task Reports_an_s3_url_and_compiles_against_the_real_sdk()
        => Verify.VerifyAsync("""
            using Amazon.S3;
            class C
            {
                // A field's initialiser is no SDK endpoint argument, so SOV0001 reports it (an argument would be SOV0002's).
                static readonly string Url = {|#0:"https://s3.eu-west-3.amazonaws.com"|};
                AmazonS3Client Create() => new AmazonS3Client(new AmazonS3Config { ServiceURL = Url });
            }
            """,
            Verify.Diagnostic(RuleIds.EndpointLiteral).WithLocation(0));
}
