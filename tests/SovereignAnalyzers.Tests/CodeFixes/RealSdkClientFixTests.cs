using SovereignAnalyzers.CodeFixes.Providers;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>SOV0002 fixes on what the analyzer reports, compiled against the real AWSSDK.S3.</summary>
public sealed class RealSdkClientFixTests
{
    [Fact]
    public async Task A_client_in_a_region_moves_to_the_first_alternative_and_is_no_longer_reported()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create() => {|#0:new AmazonS3Client({|#1:RegionEndpoint.EUWest3|})|};
            }
            """;
        const string fixedSource = """
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create() => new AmazonS3Client(new AmazonS3Config
                {
                    ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                    ForcePathStyle = true,
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                    ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                });
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(
            source, fixedSource, new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SOV0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
    }
}
