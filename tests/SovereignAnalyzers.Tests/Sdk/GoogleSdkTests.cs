using static SovereignAnalyzers.Tests.Sdk.SdkVerify;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>Google Cloud: Google.Cloud.Storage.V1 and Google.Apis (real packages); gRPC builders and Firebase Admin (stand-ins, see <see cref="StandIns"/>).</summary>
public class GoogleSdkTests
{
    private const string Usings = """
        using System;
        using Google.Cloud.Storage.V1;
        using Google.Apis.Services;
        using Google.Apis.Storage.v1;

        """;

    [Fact]
    public Task Default_factories_target_google_cloud()
        => Run(Usings + """
            class C
            {
                object A() => {|#0:StorageClient.Create()|};
                object B() => {|#1:StorageClient.CreateAsync()|};
                object D() => {|#2:new StorageService()|};
            }
            """,
            Target(0, "StorageClient", Message.DefaultTarget("gcp", serviceHost: "storage.googleapis.com"), Message.Explain("gcp", "storage.googleapis.com")),
            Target(1),
            Target(2, "StorageService", Message.DefaultTarget("gcp"), Message.Explain("gcp")));

    [Fact]
    public Task Universe_domain_of_s3ns_is_not_reported()
        => Run(Usings + """
            class C
            {
                object A() => new StorageClientBuilder { UniverseDomain = "s3nsapis.fr" }.Build();
                object B() => new StorageService(new BaseClientService.Initializer { UniverseDomain = "s3nsapis.fr" });
                object D()
                {
                    var builder = new StorageClientBuilder();
                    builder.UniverseDomain = "s3nsapis.fr";
                    return builder.Build();
                }
                object E() => {|#0:new StorageClientBuilder { UniverseDomain = "googleapis.com" }.BuildAsync()|};
                object F() => {|#1:new StorageClientBuilder { BaseUri = "https://storage.googleapis.com/storage/v1/", UniverseDomain = "s3nsapis.fr" }.Build()|};
            }
            """,
            Target(0), Target(1));

    [Fact]
    public Task Runtime_universe_domain_and_builder_from_a_parameter()
        => Run(Usings + """
            class C
            {
                object A(string universe) => {|#0:new StorageClientBuilder { UniverseDomain = universe }.Build()|};
                object B(StorageClientBuilder builder) => {|#1:builder.Build()|};
            }
            """,
            Runtime(0, "StorageClient", "universe", Message.ProviderOnly("gcp")), Runtime(1));

    [Fact]
    public Task Emulator_only_builder_is_not_reported()
        => Run(Usings + """
            class C
            {
                object A() => new StorageClientBuilder { EmulatorDetection = Google.Api.Gax.EmulatorDetection.EmulatorOnly }.Build();
                object B() => new StorageClientBuilder { BaseUri = "http://localhost:4443/storage/v1/" }.Build();
            }
            """);

    [Fact]
    public Task Grpc_builders_stand_in()
        => Create("""
            using Google.Cloud.SecretManager.V1;
            class C
            {
                object A() => {|#0:SecretManagerServiceClient.Create()|};
                object B() => new SecretManagerServiceClientBuilder { UniverseDomain = "s3nsapis.fr" }.Build();
                object D() => new SecretManagerServiceClientBuilder { Endpoint = "secretmanager.s3nsapis.fr" }.BuildAsync();
                object E() => {|#1:new SecretManagerServiceClientBuilder { Endpoint = "secretmanager.googleapis.com:443" }.Build()|};
                object F(string endpoint) => {|#2:new SecretManagerServiceClientBuilder { Endpoint = endpoint, UniverseDomain = "s3nsapis.fr" }.Build()|};
            }
            """,
            Target(0, "SecretManagerServiceClient", Message.DefaultTarget("gcp"), Message.Explain("gcp")), Target(1), Runtime(2))
            .WithStandIn(StandIns.GoogleGrpcName, StandIns.GoogleGrpc)
            .RunAsync();

    [Fact]
    public Task Firebase_admin_stand_in()
        => Create("""
            using FirebaseAdmin;
            class C
            {
                object A() => {|#0:FirebaseApp.Create()|};
                object B() => {|#1:FirebaseApp.Create(new AppOptions { ProjectId = "p" }, "named")|};
                object D() => FirebaseApp.GetInstance("named");
            }
            """,
            Target(0, "FirebaseApp.Create", Message.DefaultTarget("firebase"), Message.Explain("firebase")), Target(1))
            .WithStandIn(StandIns.FirebaseName, StandIns.Firebase)
            .RunAsync();
}
