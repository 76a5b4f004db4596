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

    [Fact]
    public async Task A_google_storage_client_left_to_the_sdk_default_moves_to_the_s3ns_universe()
    {
        // Nothing sets the endpoint: the SDK's default decides the provider, the client decides the service (Cloud Storage).
        const string source = """
            using Google.Cloud.Storage.V1;

            public static class Clients
            {
                public static StorageClient Create() => {|#0:StorageClient.Create()|};
            }
            """;
        const string fixedSource = """
            using Google.Cloud.Storage.V1;

            public static class Clients
            {
                public static StorageClient Create() => new StorageClientBuilder
                {
                    UniverseDomain = "s3nsapis.fr",
                }.Build();
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(
            source, fixedSource, new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SOV0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
    }

    [Fact]
    public async Task An_s3_client_left_to_the_sdk_default_gets_a_config_for_the_first_alternative()
    {
        const string source = """
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create() => {|#0:new AmazonS3Client()|};
            }
            """;
        const string fixedSource = """
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
            source, fixedSource, new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SOV0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0));
    }
}
