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
}
