using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>MinIO, OpenAI, Stripe, Twilio, SendGrid, Sentry, Application Insights, Microsoft Graph (real packages); Alibaba OSS and OCI (stand-ins).</summary>
public class OtherSdkTests
{
    [Fact]
    public Task Minio_endpoint_decides()
        => Run("""
            using Minio;
            using Microsoft.Extensions.DependencyInjection;
            class C
            {
                object Ovh() => new MinioClient().WithEndpoint("s3.gra.io.cloud.ovh.net").WithCredentials("a", "b").WithSSL().Build();
                object Aws() => {|#0:new MinioClient().WithEndpoint("s3.eu-west-3.amazonaws.com").WithCredentials("a", "b").Build()|};
                object Local() => new MinioClient().WithEndpoint("localhost", 9000).Build();
                object Nothing() => new MinioClient().Build();
                object Runtime(string endpoint) => {|#1:new MinioClient().WithEndpoint(endpoint).Build()|};
                object Local2()
                {
                    var client = new MinioClient().WithCredentials("a", "b");
                    client = client.WithEndpoint("s3.fr-par.scw.cloud");
                    return client.Build();
                }
                void Di(IServiceCollection services)
                {
                    {|#2:services.AddMinio(c => c.WithEndpoint("s3.eu-west-3.amazonaws.com").WithCredentials("a", "b"))|};
                    services.AddMinio("access", "secret");
                    services.AddMinio(c => c.WithEndpoint("s3.gra.io.cloud.ovh.net"));
                }
            }
            """,
            Target(0, "IMinioClient", Message.Describe("aws", "s3.eu-west-3.amazonaws.com"), Message.Explain("aws", "s3.eu-west-3.amazonaws.com")),
            Runtime(1, "IMinioClient", "endpoint", Message.NoDefault),
            Target(2));

    [Fact]
    public Task OpenAI_clients()
        => Run("""
            using System;
            using System.ClientModel;
            using OpenAI;
            using OpenAI.Chat;
            using Microsoft.Extensions.Hosting;
            class C
            {
                object A() => {|#0:new OpenAIClient("key")|};
                object B() => {|#1:new ChatClient("gpt-4o", "key")|};
                object Ollama() => new OpenAIClient(new ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") });
                object Other() => new ChatClient("m", new ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri("https://llm.internal.example/v1") });
                object FromParameter(OpenAIClientOptions options) => {|#2:new OpenAIClient(new ApiKeyCredential("k"), options)|};
                object Derived(OpenAIClient client) => client.GetChatClient("gpt-4o");
                void Di(IHostApplicationBuilder builder) => {|#3:builder.AddChatClient("OpenAI")|};
            }
            """,
            Target(0, "OpenAIClient", Message.DefaultTarget("openai"), Message.Explain("openai")),
            Target(1), Runtime(2), Runtime(3));

    [Fact]
    public Task Stripe_twilio_sendgrid()
        => Run("""
            using Stripe;
            using Twilio;
            using Twilio.Clients;
            using SendGrid;
            class C
            {
                object S1() => {|#0:new StripeClient("sk_test_x")|};
                object S2() => {|#1:new CustomerService()|};
                object S3(IStripeClient client) => new CustomerService(client);
                object S4() => new StripeClient(new StripeClientOptions { ApiKey = "sk_test_x", ApiBase = "http://localhost:12111" });
                void T1() => {|#2:TwilioClient.Init("AC123", "token")|};
                object T2() => {|#3:new TwilioRestClient("user", "password", region: "ie1")|};
                object G1() => {|#4:new SendGridClient("key")|};
                object G2() => {|#5:new SendGridClient(new SendGridClientOptions { ApiKey = "k", Host = "https://api.eu.sendgrid.com" })|};
                object G3() => new SendGridClient("key", host: "http://localhost:3030");
            }
            """,
            Target(0), Target(1, "CustomerService", Message.DefaultTarget("stripe"), Message.Explain("stripe")),
            Target(2, "TwilioClient.Init", Message.DefaultTarget("twilio"), Message.Explain("twilio")),
            Target(3, "TwilioRestClient", Message.DefaultTarget("twilio", "ie1"), Message.Explain("twilio", null, "ie1")),
            Target(4), Target(5));

    [Fact]
    public Task Sentry_dsn_decides()
        => Run("""
            using Sentry;
            using Microsoft.Extensions.Logging;
            class C
            {
                void A() => {|#0:SentrySdk.Init(o => o.Dsn = "https://key@o1.ingest.de.sentry.io/2")|};
                void B() => SentrySdk.Init("https://key@sentry.internal.example/1");
                void D(string dsn) => {|#1:SentrySdk.Init(o => { o.Dsn = dsn; o.Debug = true; })|};
                void E() => {|#2:SentrySdk.Init()|};
                void F() => SentrySdk.Init(new SentryOptions { Dsn = "http://key@localhost:9000/1" });
                void G(ILoggingBuilder logging) => {|#3:logging.AddSentry(o => o.Dsn = "https://key@o1.ingest.sentry.io/2")|};
                void H() => {|#4:SentrySdk.Init(o => o.Debug = true)|};
            }
            """,
            Target(0, "SentrySdk.Init", Message.Describe("sentry", "o1.ingest.de.sentry.io"), Message.Explain("sentry", "o1.ingest.de.sentry.io")),
            Runtime(1, "SentrySdk.Init", "dsn", Message.NoDefault),
            Runtime(2, "SentrySdk.Init", "SENTRY_DSN / Sentry:Dsn", Message.NoDefault),
            Target(3),
            Runtime(4, "SentrySdk.Init", "SENTRY_DSN / Sentry:Dsn", Message.NoDefault));

    [Fact]
    public Task Application_insights_and_graph()
        => Run("""
            using Azure.Core;
            using Microsoft.ApplicationInsights;
            using Microsoft.ApplicationInsights.Extensibility;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Graph;
            class C
            {
                void A(IServiceCollection services) => {|#0:services.AddApplicationInsightsTelemetry()|};
                void B(IServiceCollection services) => {|#1:services.AddApplicationInsightsTelemetry(o => o.ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/")|};
                void D(IServiceCollection services, IConfiguration configuration) => {|#2:services.AddApplicationInsightsTelemetry(configuration)|};
                object E() => new TelemetryClient(new TelemetryConfiguration { ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://opinsights.sovcloud-api.fr/" });
                object F() => {|#3:new TelemetryClient(TelemetryConfiguration.CreateDefault())|};
                object G(TokenCredential credential) => {|#4:new GraphServiceClient(credential)|};
                object H(TokenCredential credential, string baseUrl) => {|#5:new GraphServiceClient(credential, null, baseUrl)|};
            }
            """,
            Target(0, "AddApplicationInsightsTelemetry", Message.DefaultTarget("azure"), Message.Explain("azure")),
            Target(1), Runtime(2), Runtime(3),
            Target(4, "GraphServiceClient", Message.DefaultTarget("microsoft-365"), Message.Explain("microsoft-365")),
            Runtime(5));

    [Fact]
    public Task Alibaba_oss_stand_in()
        => Create("""
            using System;
            using Aliyun.OSS;
            class C
            {
                object A() => {|#0:new OssClient("https://oss-cn-hangzhou.aliyuncs.com", "id", "secret")|};
                object B(string endpoint) => {|#1:new OssClient(endpoint, "id", "secret")|};
                object D() => new OssClient(new Uri("http://localhost:9000"), "id", "secret");
            }
            """,
            Target(0, "OssClient", Message.Describe("alibaba", "oss-cn-hangzhou.aliyuncs.com"), Message.Explain("alibaba", "oss-cn-hangzhou.aliyuncs.com")),
            Runtime(1))
            .WithStandIn(StandIns.AliyunOssName, StandIns.AliyunOss)
            .RunAsync();

    [Fact]
    public Task Oci_stand_in()
        => Create("""
            using Oci.Common.Auth;
            using Oci.ObjectstorageService;
            class C
            {
                object A(IBasicAuthenticationDetailsProvider provider) => {|#0:new ObjectStorageClient(provider)|};
                object B(IBasicAuthenticationDetailsProvider provider) => {|#1:new ObjectStorageClient(provider, null, "https://objectstorage.eu-paris-1.oraclecloud.com")|};
                object D(IBasicAuthenticationDetailsProvider provider, string endpoint) => {|#2:new ObjectStorageClient(provider, endpoint: endpoint)|};
            }
            """,
            Target(0, "ObjectStorageClient", Message.DefaultTarget("oracle"), Message.Explain("oracle")),
            Target(1), Runtime(2))
            .WithStandIn(StandIns.OciName, StandIns.Oci)
            .RunAsync();
}
