namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>
/// Stand-in assemblies for SDK families whose packages are NOT served by the package registry here.
/// Each mirrors only the public API the analyzer looks at, with the real package's assembly name,
/// namespaces and type names; everything else is left out. Families whose packages are served are
/// always tested against the real packages.
/// </summary>
internal static class StandIns
{
    /// <summary>
    /// Google.Api.Gax.Grpc 4.x <c>ClientBuilderBase&lt;TClient&gt;</c> (Endpoint, UniverseDomain, Build, BuildAsync; source:
    /// googleapis/gax-dotnet Google.Api.Gax.Grpc/ClientBuilderBase.cs) and the generated Google.Cloud.SecretManager.V1
    /// client (SecretManagerServiceClient.Create/CreateAsync, SecretManagerServiceClientBuilder; source:
    /// googleapis/google-cloud-dotnet SecretManagerServiceClient.g.cs). Neither package is served here.
    /// </summary>
    public const string GoogleGrpcName = "Google.Cloud.SecretManager.V1";

    public const string GoogleGrpc = """
        namespace Google.Api.Gax.Grpc
        {
            public abstract class ClientBuilderBase<TClient>
            {
                public string Endpoint { get; set; }
                public string UniverseDomain { get; set; }
                public string QuotaProject { get; set; }
                public abstract TClient Build();
                public abstract System.Threading.Tasks.Task<TClient> BuildAsync(System.Threading.CancellationToken cancellationToken = default);
            }
        }

        namespace Google.Cloud.SecretManager.V1
        {
            public sealed partial class SecretManagerServiceClientBuilder : Google.Api.Gax.Grpc.ClientBuilderBase<SecretManagerServiceClient>
            {
                public override SecretManagerServiceClient Build() => null;
                public override System.Threading.Tasks.Task<SecretManagerServiceClient> BuildAsync(System.Threading.CancellationToken cancellationToken = default) => null;
            }

            public abstract partial class SecretManagerServiceClient
            {
                public static string DefaultEndpoint { get; } = "secretmanager.googleapis.com:443";
                public static SecretManagerServiceClient Create() => new SecretManagerServiceClientBuilder().Build();
                public static System.Threading.Tasks.Task<SecretManagerServiceClient> CreateAsync(System.Threading.CancellationToken cancellationToken = default) => new SecretManagerServiceClientBuilder().BuildAsync(cancellationToken);
            }
        }
        """;

    /// <summary>FirebaseAdmin (firebase/firebase-admin-dotnet FirebaseAdmin/FirebaseApp.cs and AppOptions.cs): FirebaseApp.Create overloads. Not served here.</summary>
    public const string FirebaseName = "FirebaseAdmin";

    public const string Firebase = """
        namespace FirebaseAdmin
        {
            public sealed class AppOptions
            {
                public Google.Apis.Auth.OAuth2.GoogleCredential Credential { get; set; }
                public string ProjectId { get; set; }
                public string ServiceAccountId { get; set; }
            }

            public sealed class FirebaseApp
            {
                private FirebaseApp() { }
                public string Name { get; }
                public static FirebaseApp DefaultInstance => null;
                public static FirebaseApp Create() => null;
                public static FirebaseApp Create(string name) => null;
                public static FirebaseApp Create(AppOptions options) => null;
                public static FirebaseApp Create(AppOptions options, string name) => null;
                public static FirebaseApp GetInstance(string name) => null;
            }
        }
        """;

    /// <summary>Aliyun.OSS.SDK.NetCore (aliyun/aliyun-oss-csharp-sdk sdk/OssClient.cs; assembly Aliyun.OSS): OssClient constructors. Not served here.</summary>
    public const string AliyunOssName = "Aliyun.OSS";

    public const string AliyunOss = """
        namespace Aliyun.OSS.Common { public class ClientConfiguration { } }
        namespace Aliyun.OSS
        {
            public interface IOss { }
            public class OssClient : IOss
            {
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { }
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, string securityToken) { }
                public OssClient(string endpoint, string accessKeyId, string accessKeySecret, Aliyun.OSS.Common.ClientConfiguration configuration) { }
                public OssClient(System.Uri endpoint, string accessKeyId, string accessKeySecret) { }
                public void SetEndpoint(System.Uri endpoint) { }
            }
        }
        """;

    /// <summary>
    /// OCI.DotNetSDK.Common and OCI.DotNetSDK.Objectstorage (oracle/oci-dotnet-sdk Objectstorage/ObjectStorageClient.cs):
    /// ObjectStorageClient : RegionalClientBase, constructor (authenticationDetailsProvider, clientConfiguration, endpoint).
    /// Not served here; both namespaces live in one stand-in assembly named like the service package.
    /// </summary>
    public const string OciName = "OCI.DotNetSDK.Objectstorage";

    public const string Oci = """
        namespace Oci.Common
        {
            public class ClientConfiguration { }
            public abstract class ClientBase { protected ClientBase(Oci.Common.Auth.IBasicAuthenticationDetailsProvider provider, ClientConfiguration configuration) { } }
            public abstract class RegionalClientBase : ClientBase
            {
                protected RegionalClientBase(Oci.Common.Auth.IBasicAuthenticationDetailsProvider provider, ClientConfiguration configuration) : base(provider, configuration) { }
                public void SetEndpoint(string endpoint) { }
            }
        }
        namespace Oci.Common.Auth { public interface IBasicAuthenticationDetailsProvider { } }
        namespace Oci.ObjectstorageService
        {
            public class ObjectStorageClient : Oci.Common.RegionalClientBase
            {
                public ObjectStorageClient(Oci.Common.Auth.IBasicAuthenticationDetailsProvider authenticationDetailsProvider, Oci.Common.ClientConfiguration clientConfiguration = null, string endpoint = null)
                    : base(authenticationDetailsProvider, clientConfiguration) { }
            }
        }
        """;

    /// <summary>
    /// Microsoft.Azure.ServiceBus 5.x (Azure/azure-sdk-for-net sdk/servicebus/Microsoft.Azure.ServiceBus/src: QueueClient.cs,
    /// TopicClient.cs, ServiceBusConnectionStringBuilder.cs): client constructors taking a connection string, a connection
    /// string builder, or an endpoint with a token provider. The package (deprecated) is not served here.
    /// </summary>
    public const string ServiceBusName = "Microsoft.Azure.ServiceBus";

    public const string ServiceBus = """
        namespace Microsoft.Azure.ServiceBus.Primitives { public interface ITokenProvider { } }
        namespace Microsoft.Azure.ServiceBus
        {
            public enum ReceiveMode { PeekLock, ReceiveAndDelete }
            public enum TransportType { Amqp, AmqpWebSockets }
            public class RetryPolicy { }
            public abstract class ClientEntity { }
            public class ServiceBusConnectionStringBuilder
            {
                public ServiceBusConnectionStringBuilder() { }
                public ServiceBusConnectionStringBuilder(string connectionString) { }
                public string Endpoint { get; set; }
            }
            public class QueueClient : ClientEntity
            {
                public QueueClient(string connectionString, string entityPath, ReceiveMode receiveMode = ReceiveMode.PeekLock, RetryPolicy retryPolicy = null) { }
                public QueueClient(ServiceBusConnectionStringBuilder connectionStringBuilder, ReceiveMode receiveMode = ReceiveMode.PeekLock, RetryPolicy retryPolicy = null) { }
                public QueueClient(string endpoint, string entityPath, Microsoft.Azure.ServiceBus.Primitives.ITokenProvider tokenProvider, TransportType transportType = TransportType.Amqp, ReceiveMode receiveMode = ReceiveMode.PeekLock, RetryPolicy retryPolicy = null) { }
            }
            public class TopicClient : ClientEntity
            {
                public TopicClient(string connectionString, string entityPath, RetryPolicy retryPolicy = null) { }
            }
        }
        """;

    /// <summary>
    /// Microsoft.Azure.EventHubs 4.x (Azure/azure-sdk-for-net sdk/eventhub/Microsoft.Azure.EventHubs/src/EventHubClient.cs):
    /// the static factories CreateFromConnectionString and CreateWithManagedIdentity. The package (deprecated) is not served here.
    /// </summary>
    public const string EventHubsName = "Microsoft.Azure.EventHubs";

    public const string EventHubs = """
        namespace Microsoft.Azure.EventHubs
        {
            public enum TransportType { Amqp, AmqpWebSockets }
            public abstract class ClientEntity { }
            public abstract class EventHubClient : ClientEntity
            {
                public static EventHubClient CreateFromConnectionString(string connectionString) => null;
                public static EventHubClient CreateWithManagedIdentity(System.Uri endpointAddress, string entityPath, System.TimeSpan? operationTimeout = null, TransportType transportType = TransportType.Amqp) => null;
            }
        }
        """;

    /// <summary>
    /// Microsoft.Azure.DocumentDB.Core 2.x (API reference of Microsoft.Azure.Documents.Client.DocumentClient, and the
    /// Azure/azure-cosmos-dotnet-v2 samples): DocumentClient(Uri serviceEndpoint, string authKeyOrResourceToken, ...).
    /// The package is under Microsoft's own licence terms and is not used here.
    /// </summary>
    public const string DocumentDbName = "Microsoft.Azure.DocumentDB.Core";

    public const string DocumentDb = """
        namespace Microsoft.Azure.Documents.Client
        {
            public sealed class ConnectionPolicy { }
            public sealed class DocumentClient
            {
                public DocumentClient(System.Uri serviceEndpoint, string authKeyOrResourceToken, ConnectionPolicy connectionPolicy = null) { }
            }
        }
        """;

    /// <summary>
    /// TencentCloudSDK.Common and a service package (TencentCloud/tencentcloud-sdk-dotnet: TencentCloud/Common/AbstractClient.cs,
    /// Profile/ClientProfile.cs, Profile/HttpProfile.cs, Cvm/V20170312/CvmClient.cs; assemblies TencentCloudCommon and
    /// TencentCloudCvm, from the project file names). Not served here; both namespaces live in one stand-in assembly.
    /// </summary>
    public const string TencentName = "TencentCloudCvm";

    public const string Tencent = """
        namespace TencentCloud.Common
        {
            public class Credential { public string SecretId { get; set; } public string SecretKey { get; set; } }
            public abstract class AbstractClient
            {
                protected AbstractClient(string endpoint, string version, Credential credential, string region, TencentCloud.Common.Profile.ClientProfile profile) { }
            }
        }
        namespace TencentCloud.Common.Profile
        {
            public class HttpProfile { public string Endpoint { get; set; } public string WebProxy { get; set; } }
            public class ClientProfile { public HttpProfile HttpProfile { get; set; } public string SignMethod { get; set; } }
        }
        namespace TencentCloud.Cvm.V20170312
        {
            public class CvmClient : TencentCloud.Common.AbstractClient
            {
                public CvmClient(TencentCloud.Common.Credential credential, string region) : this(credential, region, new TencentCloud.Common.Profile.ClientProfile()) { }
                public CvmClient(TencentCloud.Common.Credential credential, string region, TencentCloud.Common.Profile.ClientProfile profile) : base("cvm.tencentcloudapi.com", "2017-03-12", credential, region, profile) { }
            }
        }
        """;

    /// <summary>
    /// HuaweiCloud.SDK.Core and a service package (huaweicloud/huaweicloud-sdk-net-v3: Core/Client.cs, nested
    /// Client.ClientBuilder&lt;T&gt; with WithCredential, WithRegion, WithEndPoint, WithEndPoints and Build; Core/Region/Region.cs;
    /// services expose a static NewBuilder()). Not served here; one stand-in assembly named like the service package.
    /// </summary>
    public const string HuaweiName = "HuaweiCloud.SDK.Ecs";

    public const string Huawei = """
        namespace HuaweiCloud.SDK.Core.Auth { public interface ICredential { } }
        namespace HuaweiCloud.SDK.Core
        {
            public class Region { public Region(string id, params string[] endpoints) { } }
            public class Client
            {
                public class ClientBuilder<T> where T : Client
                {
                    public ClientBuilder<T> WithCredential(HuaweiCloud.SDK.Core.Auth.ICredential credential) => this;
                    public ClientBuilder<T> WithRegion(Region region) => this;
                    public ClientBuilder<T> WithEndPoint(string endpoint) => this;
                    public ClientBuilder<T> WithEndPoints(System.Collections.Generic.List<string> endpoints) => this;
                    public T Build() => null;
                }
            }
        }
        namespace HuaweiCloud.SDK.Ecs.V2
        {
            public class EcsRegion { public static HuaweiCloud.SDK.Core.Region ValueOf(string regionId) => null; }
            public class EcsClient : HuaweiCloud.SDK.Core.Client
            {
                public static ClientBuilder<EcsClient> NewBuilder() => new ClientBuilder<EcsClient>();
            }
        }
        """;

    /// <summary>
    /// AlibabaCloud.OpenApiClient ("Tea" generation; aliyun/darabonba-openapi csharp/core: assembly AlibabaCloud.OpenApiClient,
    /// Client(Config), Models.Config with Endpoint and RegionId) and a generated service client such as
    /// AlibabaCloud.SDK.Dysmsapi20170525.Client (aliyun/alibabacloud-csharp-sdk). Not served here.
    /// </summary>
    public const string AlibabaTeaName = "AlibabaCloud.OpenApiClient";

    public const string AlibabaTea = """
        namespace AlibabaCloud.OpenApiClient.Models
        {
            public class Config
            {
                public string AccessKeyId { get; set; }
                public string AccessKeySecret { get; set; }
                public string Endpoint { get; set; }
                public string RegionId { get; set; }
            }
        }
        namespace AlibabaCloud.OpenApiClient
        {
            public class Client { public Client(AlibabaCloud.OpenApiClient.Models.Config config) { } }
        }
        namespace AlibabaCloud.SDK.Dysmsapi20170525
        {
            public class Client : AlibabaCloud.OpenApiClient.Client { public Client(AlibabaCloud.OpenApiClient.Models.Config config) : base(config) { } }
        }
        """;
}
