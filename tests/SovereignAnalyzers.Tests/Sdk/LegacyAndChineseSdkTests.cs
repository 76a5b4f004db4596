using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>
/// Deprecated Azure messaging and DocumentDB clients, and the Tencent Cloud, Huawei Cloud and Alibaba Cloud (Tea)
/// SDKs: stand-ins mirroring the public API of packages not served here (see <see cref="StandIns"/>).
/// </summary>
public class LegacyAndChineseSdkTests
{
    [Fact]
    public Task Legacy_azure_service_bus_event_hubs_and_documentdb()
        => Create("""
            using System;
            using Microsoft.Azure.Documents.Client;
            using Microsoft.Azure.EventHubs;
            using Microsoft.Azure.ServiceBus;
            class C
            {
                object A() => {|#0:new QueueClient("Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5", "orders")|};
                object B(string connectionString) => {|#1:new TopicClient(connectionString, "orders")|};
                object D() => {|#2:new QueueClient(new ServiceBusConnectionStringBuilder("Endpoint=sb://acme.servicebus.chinacloudapi.cn/;SharedAccessKeyName=send;SharedAccessKey=a2V5"))|};
                object E(Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokens) => {|#3:new QueueClient("sb://acme.servicebus.windows.net/", "orders", tokens)|};
                object F() => {|#4:EventHubClient.CreateFromConnectionString("Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5;EntityPath=telemetry")|};
                object G() => {|#5:EventHubClient.CreateWithManagedIdentity(new Uri("sb://acme.servicebus.windows.net/"), "telemetry")|};
                object H() => {|#6:new DocumentClient(new Uri("https://acme.documents.azure.com:443/"), "a2V5")|};
                object I() => new DocumentClient(new Uri("https://localhost:8081/"), "a2V5");
            }
            """,
            Target(0), Runtime(1), Target(2, "QueueClient", Message.Describe("azure-china", "acme.servicebus.chinacloudapi.cn"), Message.Explain("azure-china", "acme.servicebus.chinacloudapi.cn")),
            Target(3), Target(4), Target(5), Target(6))
            .WithStandIn(StandIns.ServiceBusName, StandIns.ServiceBus)
            .WithStandIn(StandIns.EventHubsName, StandIns.EventHubs)
            .WithStandIn(StandIns.DocumentDbName, StandIns.DocumentDb)
            .RunAsync();

    [Fact]
    public Task Tencent_cloud_clients_are_tencent_in_any_region_unless_an_endpoint_says_otherwise()
        => Create("""
            using TencentCloud.Common;
            using TencentCloud.Common.Profile;
            using TencentCloud.Cvm.V20170312;
            class C
            {
                object A(Credential credential) => {|#0:new CvmClient(credential, "eu-frankfurt")|};
                object B(Credential credential) => {|#1:new CvmClient(credential, "ap-guangzhou", new ClientProfile { HttpProfile = new HttpProfile { Endpoint = "cvm.intl.tencentcloudapi.com" } })|};
                object D(Credential credential)
                {
                    var http = new HttpProfile();
                    http.Endpoint = "tencent-gateway.internal.example";
                    var profile = new ClientProfile();
                    profile.HttpProfile = http;
                    return new CvmClient(credential, "eu-frankfurt", profile);
                }
                object E(Credential credential, ClientProfile profile) => {|#2:new CvmClient(credential, "eu-frankfurt", profile)|};
            }
            """,
            Target(0, "CvmClient", Message.DefaultTarget("tencent", "eu-frankfurt"), Message.Explain("tencent", region: "eu-frankfurt")),
            Target(1), Runtime(2))
            .WithStandIn(StandIns.TencentName, StandIns.Tencent)
            .RunAsync();

    [Fact]
    public Task Huawei_cloud_builders()
        => Create("""
            using HuaweiCloud.SDK.Core.Auth;
            using HuaweiCloud.SDK.Ecs.V2;
            class C
            {
                object A(ICredential credential) => {|#0:EcsClient.NewBuilder().WithCredential(credential).WithRegion(EcsRegion.ValueOf("eu-west-101")).Build()|};
                object B(ICredential credential) => {|#1:EcsClient.NewBuilder().WithCredential(credential).WithEndPoint("https://ecs.eu-west-101.myhuaweicloud.eu").Build()|};
                object D(ICredential credential) => EcsClient.NewBuilder().WithCredential(credential).WithEndPoint("https://ecs.cloud.internal.example").Build();
                object E(ICredential credential, string endpoint) => {|#2:EcsClient.NewBuilder().WithCredential(credential).WithEndPoint(endpoint).Build()|};
            }
            """,
            Target(0), Target(1), Runtime(2))
            .WithStandIn(StandIns.HuaweiName, StandIns.Huawei)
            .RunAsync();

    [Fact]
    public Task Alibaba_cloud_tea_clients()
        => Create("""
            using AlibabaCloud.OpenApiClient.Models;
            class C
            {
                object A() => {|#0:new AlibabaCloud.SDK.Dysmsapi20170525.Client(new Config { AccessKeyId = "id", AccessKeySecret = "secret", Endpoint = "dysmsapi.aliyuncs.com" })|};
                object B() => {|#1:new AlibabaCloud.SDK.Dysmsapi20170525.Client(new Config { RegionId = "eu-central-1" })|};
                object D() => new AlibabaCloud.SDK.Dysmsapi20170525.Client(new Config { Endpoint = "sms.gateway.internal.example" });
                object E(Config config) => {|#2:new AlibabaCloud.SDK.Dysmsapi20170525.Client(config)|};
            }
            """,
            Target(0), Target(1, "Client", Message.DefaultTarget("alibaba", "eu-central-1"), Message.Explain("alibaba", region: "eu-central-1")), Runtime(2))
            .WithStandIn(StandIns.AlibabaTeaName, StandIns.AlibabaTea)
            .RunAsync();

    [Fact]
    public Task Ibm_cloud_object_storage_through_the_aws_sdk_is_ibm()
        => Run("""
            using Amazon.S3;
            class C
            {
                object A() => {|#0:new AmazonS3Client("key", "secret", new AmazonS3Config { ServiceURL = "https://s3.eu-de.cloud-object-storage.appdomain.cloud" })|};
            }
            """,
            Target(0, "AmazonS3Client", Message.Describe("ibm", "s3.eu-de.cloud-object-storage.appdomain.cloud"), Message.Explain("ibm", "s3.eu-de.cloud-object-storage.appdomain.cloud")));
}
