using SovereignAnalyzers.Tests.Infrastructure;
using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>
/// How a client's target is resolved from the code around it: read-only fields and properties, branches,
/// run-time regions, setters after construction, and overloads that target another provider.
/// </summary>
public class SdkResolutionTests
{
    private const string AwsUsings = """
        using System;
        using Amazon;
        using Amazon.S3;
        using Microsoft.Extensions.Configuration;

        """;

    [Fact]
    public Task Read_only_fields_and_get_only_properties_with_fixed_values_are_followed()
        => Run(AwsUsings + """
            class C
            {
                static readonly RegionEndpoint Paris = RegionEndpoint.EUWest3;
                static RegionEndpoint Frankfurt => RegionEndpoint.GetBySystemName("eu-central-1");
                static readonly string Ovh = "https://s3.gra.io.cloud.ovh.net";
                static string Scaleway { get; } = "https://s3.fr-par.scw.cloud";
                static string Mutable = "https://s3.gra.io.cloud.ovh.net";
                readonly string _perInstance = "https://s3.gra.io.cloud.ovh.net";
                object A() => {|#0:new AmazonS3Client(Paris)|};
                object B() => {|#1:new AmazonS3Client(Frankfurt)|};
                object D() => new AmazonS3Client(new AmazonS3Config { ServiceURL = Ovh });
                object E() => new AmazonS3Client(new AmazonS3Config { ServiceURL = Scaleway });
                object F() => {|#2:new AmazonS3Client(new AmazonS3Config { ServiceURL = Mutable })|};
                object G() => {|#3:new AmazonS3Client(new AmazonS3Config { ServiceURL = _perInstance })|};
            }
            """,
            Target(0, "AmazonS3Client", Message.Describe("aws", "s3.eu-west-3.amazonaws.com"), Message.Explain("aws", "s3.eu-west-3.amazonaws.com")),
            Target(1), Runtime(2, "AmazonS3Client", "Mutable", Message.ProviderOnly("aws")), Runtime(3));

    [Fact]
    public Task Branches_are_reported_when_every_one_is_disallowed_and_are_run_time_when_mixed()
        => Run(AwsUsings + """
            class C
            {
                object A(bool prod) => {|#0:new AmazonS3Client(prod ? RegionEndpoint.EUWest3 : RegionEndpoint.EUWest1)|};
                object B(bool prod) => {|#1:new AmazonS3Client(new AmazonS3Config { ServiceURL = prod ? "https://s3.gra.io.cloud.ovh.net" : "https://s3.eu-west-3.amazonaws.com" })|};
                object D(bool prod) => new AmazonS3Client(new AmazonS3Config { ServiceURL = prod ? "https://s3.gra.io.cloud.ovh.net" : "http://localhost:4566" });
                object E(int stage) => {|#2:new AmazonS3Client(stage switch { 0 => RegionEndpoint.EUWest3, _ => RegionEndpoint.USEast1 })|};
                object F(bool prod)
                {
                    string url;
                    if (prod)
                    {
                        url = "https://s3.eu-west-3.amazonaws.com";
                    }
                    else
                    {
                        url = "https://s3.gra.io.cloud.ovh.net";
                    }

                    return {|#3:new AmazonS3Client(new AmazonS3Config { ServiceURL = url })|};
                }
                object G(bool prod)
                {
                    var url = "https://s3.gra.io.cloud.ovh.net";
                    if (prod)
                    {
                        url = "https://s3.sbg.io.cloud.ovh.net";
                    }

                    return new AmazonS3Client(new AmazonS3Config { ServiceURL = url });
                }
                object H(bool prod)
                {
                    var region = RegionEndpoint.EUWest3;
                    if (prod)
                    {
                        region = RegionEndpoint.EUCentral1;
                    }

                    return {|#4:new AmazonS3Client(region)|};
                }
            }
            """,
            Target(0), Runtime(1, "AmazonS3Client", "prod ? \"https://s3.gra.io.cloud.ovh.net\" : \"https://s3.eu-west-3.amazonaws.com\"", Message.ProviderOnly("aws")),
            Target(2), Runtime(3, "AmazonS3Client", "url", Message.ProviderOnly("aws")), Target(4));

    [Fact]
    public Task A_region_known_only_at_run_time_is_the_provider_whatever_its_value()
        => Run(AwsUsings + """
            class C
            {
                object A(IConfiguration configuration) => {|#0:new AmazonS3Client(RegionEndpoint.GetBySystemName(configuration["Aws:Region"]))|};
                object B(IConfiguration configuration) => {|#1:new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(configuration["Aws:Region"]) })|};
                object D(IConfiguration configuration) => new AmazonS3Client(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(configuration["Aws:Region"]), ServiceURL = "https://s3.gra.io.cloud.ovh.net" });
            }
            """,
            Target(0, "AmazonS3Client", Message.AnyRegion("aws", "s3.amazonaws.com"), Message.Explain("aws", "s3.amazonaws.com")), Target(1));

    [Fact]
    public async Task A_region_known_only_at_run_time_is_SOV0003_when_the_policy_allows_a_partition()
    {
        var test = Create(AwsUsings + """
            class C
            {
                object A(IConfiguration configuration) => {|#0:new AmazonS3Client(RegionEndpoint.GetBySystemName(configuration["Aws:Region"]))|};
            }
            """,
            Runtime(0, "AmazonS3Client", "configuration[\"Aws:Region\"]", Message.ProviderOnly("aws")));
        test.TestState.AdditionalFiles.Add(("sovereignty.json", """{ "allow": [ "aws-eusc" ] }"""));
        await test.RunAsync();
    }

    // Twilio's edge picks the network location the request enters by (api.dublin.ie1.twilio.com); the region
    // (us1 unless SetRegion says otherwise) is where the data is processed, and Twilio Inc. runs both: an edge
    // changes neither the provider nor the region the finding names.
    [Fact]
    public Task A_twilio_edge_changes_neither_the_provider_nor_the_region()
        => Create("""
            using Twilio;
            class C
            {
                void Edge()
                {
                    {|#0:TwilioClient.Init("user", "password")|};
                    TwilioClient.SetEdge("dublin");
                }
                void RegionAndEdge()
                {
                    {|#1:TwilioClient.Init("user", "password")|};
                    TwilioClient.SetRegion("ie1");
                    TwilioClient.SetEdge("dublin");
                }
            }
            """,
            Target(0, "TwilioClient.Init", Message.DefaultTarget("twilio"), Message.Explain("twilio")),
            Target(1, "TwilioClient.Init", Message.DefaultTarget("twilio", "ie1"), Message.Explain("twilio", region: "ie1")))
            .RunAsync();

    [Fact]
    public Task Setters_after_construction_change_the_target()
        => Create("""
            using System;
            using Aliyun.OSS;
            using Twilio;
            class C
            {
                object A(string endpoint)
                {
                    var client = {|#0:new OssClient(endpoint, "id", "secret")|};
                    client.SetEndpoint(new Uri("https://oss-cn-hangzhou.aliyuncs.com"));
                    return client;
                }
                object B()
                {
                    var client = new OssClient("https://oss.internal.example", "id", "secret");
                    return client;
                }
                void D()
                {
                    {|#1:TwilioClient.Init("user", "password")|};
                    TwilioClient.SetRegion("au1");
                }
            }
            """,
            Target(0, "OssClient", Message.Describe("alibaba", "oss-cn-hangzhou.aliyuncs.com"), Message.Explain("alibaba", "oss-cn-hangzhou.aliyuncs.com")),
            Target(1, "TwilioClient.Init", Message.DefaultTarget("twilio", "au1"), Message.Explain("twilio", region: "au1")))
            .WithStandIn(StandIns.AliyunOssName, StandIns.AliyunOss)
            .RunAsync();

    [Fact]
    public async Task An_overload_can_target_another_provider_than_its_family()
    {
        var test = Create("""
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            class C
            {
                object A() => {|#0:new OpenAIClient("sk-key")|};
                object B() => {|#1:new OpenAIClient("sk-key", new OpenAIClientOptions())|};
                object D() => {|#2:new OpenAIClient(new Uri("https://acme.openai.azure.com"), new AzureKeyCredential("key"))|};
                object E() => new OpenAIClient(new Uri("https://llm.internal.example"), new AzureKeyCredential("key"));
            }
            """,
            Target(0, "OpenAIClient", Message.DefaultTarget("openai"), Message.Explain("openai")),
            Target(1, "OpenAIClient", Message.DefaultTarget("openai"), Message.Explain("openai")),
            Target(2));
        test.TestState.AdditionalReferences.Clear(); // the 2.x package of the test project would clash
        test.TestState.AdditionalReferences.AddRange(await TestReferences.WithAzureOpenAiBetaAsync());
        await test.RunAsync();
    }

    [Fact]
    public Task Legacy_azure_storage_libraries()
        => Run("""
            using System;
            using Legacy = Microsoft.WindowsAzure.Storage;
            using Current = Microsoft.Azure.Storage;
            class C
            {
                object A() => {|#0:Legacy.CloudStorageAccount.Parse("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net")|};
                object B() => Legacy.CloudStorageAccount.Parse("UseDevelopmentStorage=true");
                object D() => {|#1:new Legacy.Blob.CloudBlobClient(new Uri("https://acme.blob.core.windows.net"))|};
                object E(Legacy.Auth.StorageCredentials credentials) => {|#2:new Legacy.CloudStorageAccount(credentials, "acme", "core.chinacloudapi.cn", true)|};
                object F(Legacy.Auth.StorageCredentials credentials) => {|#3:new Legacy.CloudStorageAccount(credentials, true)|};
                object G() => {|#4:new Current.Blob.CloudBlockBlob(new Uri("https://acme.blob.core.windows.net/exports/a.csv"))|};
                object H(string connectionString) => {|#5:Current.CloudStorageAccount.Parse(connectionString)|};
                object I() => new Current.Blob.CloudBlobContainer(new Uri("https://storage.internal.example/exports"));
            }
            """,
            Target(0), Target(1), Target(2, "CloudStorageAccount", Message.Describe("azure-china", "acme.blob.core.chinacloudapi.cn"), Message.Explain("azure-china", "acme.blob.core.chinacloudapi.cn")),
            Target(3, "CloudStorageAccount", Message.DefaultTarget("azure"), Message.Explain("azure")), Target(4), Runtime(5));

    [Fact]
    public Task Redis_mongodb_and_kafka_clients_are_decided_by_their_endpoint()
        => Run("""
            using Confluent.Kafka;
            using Microsoft.Extensions.Configuration;
            using MongoDB.Driver;
            using StackExchange.Redis;
            class C
            {
                object R1() => {|#0:ConnectionMultiplexer.Connect("reports.ab12cd.ng.0001.euw3.cache.amazonaws.com:6379")|};
                object R2() => ConnectionMultiplexer.Connect("localhost:6379");
                object R3() => ConnectionMultiplexer.Connect("redis.internal.example:6379");
                object R4(IConfiguration configuration) => {|#1:ConnectionMultiplexer.ConnectAsync(configuration["Redis"])|};
                object M1() => {|#2:new MongoClient("mongodb+srv://app:secret@cluster0.ab1cd.mongodb.net/?retryWrites=true")|};
                object M2() => new MongoClient("mongodb://localhost:27017");
                object M3() => {|#3:new MongoClient(new MongoUrl("mongodb+srv://cluster0.ab1cd.mongodb.net/reports"))|};
                object M4() => {|#4:new MongoClient(MongoClientSettings.FromConnectionString("mongodb+srv://cluster0.ab1cd.mongodb.net"))|};
                object M5(MongoClientSettings settings) => {|#5:new MongoClient(settings)|};
                object K1() => {|#6:new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = "b-1.demo.ab12cd.c2.kafka.eu-west-3.amazonaws.com:9092" }).Build()|};
                object K2() => new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = "kafka.internal.example:9092" }).Build();
                object K3(IConfiguration configuration)
                {
                    var config = new ConsumerConfig { BootstrapServers = configuration["Kafka:Servers"], GroupId = "reports" };
                    return {|#7:new ConsumerBuilder<string, string>(config).Build()|};
                }
            }
            """,
            Target(0), Runtime(1), Target(2), Target(3), Target(4), Runtime(5), Target(6), Runtime(7));

    [Fact]
    public Task Environment_variables_read_in_code_are_named()
        => Run("""
            using System;
            using Amazon.S3;
            using Google.Cloud.Storage.V1;
            class C
            {
                object A() => {|#0:new AmazonS3Client(new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3") ?? "https://s3.eu-west-3.amazonaws.com" })|};
                object B() => {|#1:new StorageClientBuilder { UniverseDomain = Environment.GetEnvironmentVariable("GOOGLE_CLOUD_UNIVERSE_DOMAIN") }.Build()|};
                object D() => {|#2:new AmazonS3Client(new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3") ?? "https://s3.gra.io.cloud.ovh.net" })|};
            }
            """,
            Runtime(0, "AmazonS3Client", "Environment.GetEnvironmentVariable(\"AWS_ENDPOINT_URL_S3\") ?? \"https://s3.eu-west…", Message.ProviderOnly("aws")),
            Runtime(1, "StorageClient", "Environment.GetEnvironmentVariable(\"GOOGLE_CLOUD_UNIVERSE_DOMAIN\")", Message.ProviderOnly("gcp")),
            Runtime(2, "AmazonS3Client", "Environment.GetEnvironmentVariable(\"AWS_ENDPOINT_URL_S3\") ?? \"https://s3.gra.io.…", Message.ProviderOnly("aws")));

    [Fact]
    public Task Nested_builder_lambdas_and_azure_client_factories()
        => Run("""
            using System;
            using Azure.Storage.Blobs;
            using Microsoft.AspNetCore.Hosting;
            using Microsoft.Extensions.Azure;
            using Microsoft.Extensions.DependencyInjection;
            using Sentry.AspNetCore;
            class C
            {
                void A(IWebHostBuilder web) => {|#0:web.UseSentry(b => b.AddSentryOptions(o => o.Dsn = "https://key@o1.ingest.de.sentry.io/2"))|};
                void B(IWebHostBuilder web) => web.UseSentry(b => b.AddSentryOptions(o => o.Dsn = "https://key@sentry.internal.example/1"));
                void D(IServiceCollection services) => services.AddAzureClients(clients =>
                    clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential) => {|#1:new BlobServiceClient(new Uri("https://acme.blob.core.windows.net"), credential, options)|}));
                void E(IServiceCollection services) => services.AddAzureClients(clients =>
                    clients.AddClient<BlobServiceClient, BlobClientOptions>(options => new BlobServiceClient(new Uri("https://storage.internal.example"), options)));
            }
            """,
            Target(0), Target(1));
}
