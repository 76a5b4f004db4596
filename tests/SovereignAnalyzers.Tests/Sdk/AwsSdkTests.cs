using SovereignAnalyzers.Rules;
using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>AWS SDK for .NET (AWSSDK.S3, SQS, DynamoDBv2, KeyManagementService, Extensions.NETCore.Setup), real packages.</summary>
public class AwsSdkTests
{
    private const string Usings = """
        using System;
        using Amazon;
        using Amazon.S3;
        using Amazon.Runtime;
        using Amazon.Extensions.NETCore.Setup;
        using Microsoft.Extensions.DependencyInjection;

        """;

    [Fact]
    public Task Default_client_targets_aws()
        => Run(Usings + """
            class C { object M() => {|#0:new AmazonS3Client()|}; }
            """,
            Target(0, "AmazonS3Client", Message.DefaultTarget("aws", serviceHost: "s3.amazonaws.com"), Message.Explain("aws", "s3.amazonaws.com")));

    [Fact]
    public Task Region_only_client_targets_aws_in_that_region()
        => Run(Usings + """
            class C { object M() => {|#0:new AmazonS3Client(RegionEndpoint.EUWest3)|}; }
            """,
            Target(0, "AmazonS3Client", Message.Describe("aws", "s3.eu-west-3.amazonaws.com", "eu-west-3"), Message.Explain("aws", "s3.eu-west-3.amazonaws.com", "eu-west-3")));

    [Fact]
    public Task Region_by_system_name_and_in_config()
        => Run(Usings + """
            class C
            {
                object A() => {|#0:new AmazonS3Client(RegionEndpoint.GetBySystemName("eu-central-1"))|};
                object B() => {|#1:new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1 })|};
                object D() => {|#2:new Amazon.SQS.AmazonSQSClient("key", "secret", RegionEndpoint.EUWest1)|};
            }
            """,
            Target(0), Target(1), Target(2));

    [Fact]
    public Task Sovereign_endpoint_in_initialiser_is_not_reported()
        => Run(Usings + """
            class C
            {
                object M() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://s3.gra.io.cloud.ovh.net", ForcePathStyle = true });
                object N() => new AmazonS3Client("key", "secret", new AmazonS3Config { ServiceURL = "https://s3.fr-par.scw.cloud" });
            }
            """);

    [Fact]
    public Task Service_url_wins_over_region()
        => Run(Usings + """
            class C
            {
                object M() => new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1, ServiceURL = "https://s3.gra.io.cloud.ovh.net" });
                object N() => {|#0:new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest3, ServiceURL = "https://acct.r2.cloudflarestorage.com" })|};
            }
            """,
            Target(0));

    [Fact]
    public Task Endpoint_assigned_to_a_config_local_before_the_client()
        => Run(Usings + """
            class C
            {
                object Sovereign()
                {
                    var config = new AmazonS3Config();
                    config.ServiceURL = "https://s3.gra.io.cloud.ovh.net";
                    return new AmazonS3Client(config);
                }

                object Aws()
                {
                    var config = new AmazonS3Config { ServiceURL = "https://s3.gra.io.cloud.ovh.net" };
                    config.ServiceURL = "https://s3.eu-west-3.amazonaws.com";
                    var client = {|#0:new AmazonS3Client(config)|};
                    config.ServiceURL = "https://s3.gra.io.cloud.ovh.net"; // after the client is built: too late
                    return client;
                }

                object Reassigned()
                {
                    AmazonS3Config config = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest3 };
                    config = new AmazonS3Config { ServiceURL = "https://s3.fr-par.scw.cloud" };
                    return new AmazonS3Client(config);
                }
            }
            """,
            Target(0));

    [Fact]
    public Task Constants_and_locals_are_followed()
        => Run(Usings + """
            class C
            {
                const string Sovereign = "https://s3.gra.io.cloud.ovh.net";
                object A() => new AmazonS3Client(new AmazonS3Config { ServiceURL = Sovereign });
                object B()
                {
                    const string Aws = "https://s3.eu-west-3.amazonaws.com";
                    return {|#0:new AmazonS3Client(new AmazonS3Config { ServiceURL = Aws })|};
                }
                object D()
                {
                    var url = "https://s3.eu-west-3.amazonaws.com";
                    var copy = url;
                    return {|#1:new AmazonS3Client(new AmazonS3Config { ServiceURL = copy })|};
                }
            }
            """,
            Target(0), Target(1));

    [Fact]
    public Task Runtime_endpoint_and_config_from_a_parameter_are_SOV0003()
        => Run(Usings + """
            class C
            {
                object A(string url) => {|#0:new AmazonS3Client(new AmazonS3Config { ServiceURL = url })|};
                object B(AmazonS3Config config) => {|#1:new AmazonS3Client(config)|};
                object D(RegionEndpoint region) => {|#2:new AmazonS3Client(region)|};
                static AmazonS3Config Load() => new AmazonS3Config();
                object E()
                {
                    var config = Load();
                    config.RegionEndpoint = RegionEndpoint.EUWest3; // the loaded config may already carry a ServiceURL
                    return {|#3:new AmazonS3Client(config)|};
                }
                object F()
                {
                    var config = new AmazonS3Config();
                    Configure(config);
                    return {|#4:new AmazonS3Client(config)|};
                }
                static void Configure(AmazonS3Config config) { }
            }
            """,
            Runtime(0, "AmazonS3Client", "url", Message.ProviderOnly("aws")),
            Runtime(1, "AmazonS3Client", "config", Message.ProviderOnly("aws")),
            Target(2, "AmazonS3Client", Message.AnyRegion("aws", "s3.amazonaws.com"), Message.Explain("aws", "s3.amazonaws.com")), Runtime(3), Runtime(4));

    [Fact]
    public Task Localstack_and_loopback_are_not_reported()
        => Run(Usings + """
            class C
            {
                object A() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://localhost:4566" });
                object B() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "http://127.0.0.1:9000" });
                object D() => new AmazonS3Client(new AmazonS3Config { ServiceURL = "https://minio.storage.internal.example" });
            }
            """);

    [Fact]
    public Task Other_services_use_the_same_base_type()
        => Run(Usings + """
            class C
            {
                object A() => {|#0:new Amazon.DynamoDBv2.AmazonDynamoDBClient()|};
                object B() => {|#1:new Amazon.KeyManagementService.AmazonKeyManagementServiceClient(new Amazon.KeyManagementService.AmazonKeyManagementServiceConfig { ServiceURL = "https://kms.eu-west-3.amazonaws.com" })|};
                object D() => new Amazon.SQS.AmazonSQSClient(new Amazon.SQS.AmazonSQSConfig { ServiceURL = "http://localhost:9324" });
            }
            """,
            Target(0), Target(1));

    [Fact]
    public Task DI_registrations()
        => Run(Usings + """
            using Microsoft.Extensions.Configuration;
            class C
            {
                void Default(IServiceCollection services) => {|#0:services.AddAWSService<IAmazonS3>()|};

                void WithDefaults(IServiceCollection services)
                {
                    services.AddDefaultAWSOptions(new AWSOptions { DefaultClientConfig = { ServiceURL = "https://s3.gra.io.cloud.ovh.net" } });
                    services.AddAWSService<IAmazonS3>();
                }

                void WithOptions(IServiceCollection services) => {|#1:services.AddAWSService<IAmazonS3>(new AWSOptions { Region = RegionEndpoint.EUWest3 })|};

                void WithLambda(IServiceCollection services) => services.AddAWSService<IAmazonS3>((config, provider) => config.ServiceURL = "https://s3.gra.io.cloud.ovh.net");

                void FromConfiguration(IServiceCollection services, IConfiguration configuration) => {|#2:services.AddAWSService<IAmazonS3>(configuration.GetAWSOptions())|};
            }
            """,
            Target(0, "IAmazonS3", Message.DefaultTarget("aws", serviceHost: "s3.amazonaws.com"), Message.Explain("aws", "s3.amazonaws.com")),
            Target(1),
            Runtime(2));

    [Fact]
    public Task Created_from_options()
        => Run(Usings + """
            class C
            {
                object A() => {|#0:new AWSOptions { Region = RegionEndpoint.EUWest3 }.CreateServiceClient<IAmazonS3>()|};
            }
            """,
            Target(0));
    [Fact]
    public Task Loop_over_a_constant_list_of_endpoints()
        => Run(Usings + """
            class C
            {
                const string Ovh = "https://s3.gra.io.cloud.ovh.net";
                const string Outscale = "https://oos.cloudgouv-eu-west-1.outscale.com";
                void Sovereign()
                {
                    foreach (var url in new[] { Ovh, Outscale })
                    {
                        var config = new AmazonS3Config { ServiceURL = url, ForcePathStyle = true };
                        using var s3 = new AmazonS3Client(config);
                    }
                }

                void Mixed()
                {
                    foreach (var url in new[] { Ovh, "https://s3.eu-west-3.amazonaws.com" })
                    {
                        using var s3 = {|#0:new AmazonS3Client(new AmazonS3Config { ServiceURL = url })|};
                    }
                }

                void WithRuntime(string other)
                {
                    foreach (var url in new[] { Ovh, other })
                    {
                        using var s3 = {|#1:new AmazonS3Client(new AmazonS3Config { ServiceURL = url })|};
                    }
                }
            }
            """,
            Target(0), Runtime(1));
}
