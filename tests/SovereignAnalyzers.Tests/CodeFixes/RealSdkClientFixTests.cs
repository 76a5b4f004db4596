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
        // RegionEndpoint was the only use of `using Amazon;`: the fix removes it with the region.
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

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Client(int location, int? decidedAt = null)
    {
        var result = new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SOV0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location);
        return decidedAt is { } additional ? result.WithLocation(additional) : result;
    }

    [Fact]
    public async Task A_config_in_a_local_variable_is_rewritten_where_its_region_is_written_keeping_its_other_settings()
    {
        const string source = """
            using System;
            using Amazon;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config { RegionEndpoint = {|#1:RegionEndpoint.EUWest3|}, Timeout = TimeSpan.FromSeconds(5) };
                    var s3 = {|#0:new AmazonS3Client(config)|};
                    return s3;
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config
                    {
                        Timeout = TimeSpan.FromSeconds(5),
                        ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                        ForcePathStyle = true,
                        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                    };
                    var s3 = new AmazonS3Client(config);
                    return s3;
                }
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(source, fixedSource, Client(0, 1));
    }

    [Fact]
    public async Task A_region_assigned_after_construction_becomes_the_alternative_settings_on_the_same_config()
    {
        // RegionEndpoint is still used by another line: `using Amazon;` stays.
        const string source = """
            using Amazon;
            using Amazon.S3;

            public static class Clients
            {
                public static readonly RegionEndpoint Home = RegionEndpoint.EUWest3;

                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config();
                    config.MaxErrorRetry = 2;
                    // the region of the bucket
                    config.RegionEndpoint = {|#1:RegionEndpoint.EUWest3|}; // Paris
                    return {|#0:new AmazonS3Client(config)|};
                }
            }
            """;
        const string fixedSource = """
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Clients
            {
                public static readonly RegionEndpoint Home = RegionEndpoint.EUWest3;

                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config();
                    config.MaxErrorRetry = 2;
                    // the region of the bucket
                    config.ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com";
                    config.ForcePathStyle = true;
                    config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
                    config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED; // Paris
                    return new AmazonS3Client(config);
                }
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(source, fixedSource, Client(0, 1));
    }

    [Fact]
    public async Task A_config_shared_by_two_clients_is_rewritten_once_and_both_clients_move()
    {
        const string source = """
            using Amazon;
            using Amazon.S3;

            public static class Clients
            {
                public static (IAmazonS3 Reports, IAmazonS3 Archive) Create()
                {
                    var config = new AmazonS3Config { RegionEndpoint = {|#2:RegionEndpoint.EUWest3|} };
                    return ({|#0:new AmazonS3Client(config)|}, {|#1:new AmazonS3Client(config)|});
                }
            }
            """;
        const string fixedSource = """
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Clients
            {
                public static (IAmazonS3 Reports, IAmazonS3 Archive) Create()
                {
                    var config = new AmazonS3Config
                    {
                        ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                        ForcePathStyle = true,
                        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                    };
                    return (new AmazonS3Client(config), new AmazonS3Client(config));
                }
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(source, fixedSource, Client(0, 2), Client(1, 2));
    }

    [Fact]
    public async Task A_registration_given_its_own_options_gets_the_alternative_through_DefaultClientConfig()
    {
        const string source = """
            using Amazon;
            using Amazon.Extensions.NETCore.Setup;
            using Amazon.S3;
            using Microsoft.Extensions.DependencyInjection;

            public static class Registrations
            {
                public static void Add(IServiceCollection services)
                {
                    {|#0:services.AddAWSService<IAmazonS3>(new AWSOptions { Profile = "reports", Region = {|#1:RegionEndpoint.EUWest3|} })|};
                }
            }
            """;
        const string fixedSource = """
            using Amazon.Extensions.NETCore.Setup;
            using Amazon.S3;
            using Microsoft.Extensions.DependencyInjection;

            public static class Registrations
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddAWSService<IAmazonS3>(new AWSOptions
                    {
                        Profile = "reports",
                        DefaultClientConfig =
                        {
                            ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                            ServiceSpecificSettings =
                            {
                                ["ForcePathStyle"] = "true",
                                ["RequestChecksumCalculation"] = "WHEN_REQUIRED",
                                ["ResponseChecksumValidation"] = "WHEN_REQUIRED",
                            },
                        },
                    });
                }
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(source, fixedSource, Client(0, 1));
    }

    [Fact]
    public async Task A_blob_client_on_a_connection_string_moves_to_Bleus_suffix_where_the_policy_names_it()
    {
        const string policy = """{ "alternatives": { "object-storage": [ "bleu" ] } }""";
        const string source = """
            using Azure.Storage.Blobs;

            public static class Clients
            {
                public static BlobServiceClient Create() => {|#0:new BlobServiceClient({|#1:"DefaultEndpointsProtocol=https;AccountName=hopitalarchive;AccountKey=a2V5;EndpointSuffix=core.windows.net"|})|};
            }
            """;
        const string fixedSource = """
            using Azure.Storage.Blobs;

            public static class Clients
            {
                public static BlobServiceClient Create() => new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=hopitalarchive;AccountKey=a2V5;EndpointSuffix=core.sovcloud-api.fr");
            }
            """;
        var test = SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.Create(source, fixedSource, Client(0, 1))
            .WithAdditionalFile("sovereignty.json", policy);
        test.CodeActionEquivalenceKey = "SOV0002:bleu:";
        await test.RunAsync();
    }

    [Fact]
    public async Task A_config_in_a_local_variable_with_no_region_gets_the_settings_in_its_initialiser()
    {
        // Nothing sets the endpoint: the SDK's default decides, and there is no deciding expression to point at.
        const string source = """
            using System;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config { Timeout = TimeSpan.FromSeconds(5) };
                    return {|#0:new AmazonS3Client(config)|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using Amazon.Runtime;
            using Amazon.S3;

            public static class Clients
            {
                public static IAmazonS3 Create()
                {
                    var config = new AmazonS3Config
                    {
                        Timeout = TimeSpan.FromSeconds(5),
                        ServiceURL = "https://oos.cloudgouv-eu-west-1.outscale.com",
                        ForcePathStyle = true,
                        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                    };
                    return new AmazonS3Client(config);
                }
            }
            """;
        await SovereignAnalyzers.Tests.Verifiers.CodeFixVerifier<SdkClientAnalyzer, SdkClientCodeFixProvider>.VerifyAsync(source, fixedSource, Client(0));
    }
}
