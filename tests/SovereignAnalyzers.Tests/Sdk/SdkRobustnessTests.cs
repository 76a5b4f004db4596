using System.Globalization;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>Code being typed (unresolved types, missing arguments, half-written initialisers) never makes an analyzer throw (AD0001).</summary>
public class SdkRobustnessTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        "class C { object M() => new AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = }); }",
        "class C { object M() => new Amazon.S3.AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = , }); }",
        "class C { object M() => new Amazon.S3.AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = \"https://s3.eu-west-3.amazonaws.com\", RegionEndpoint = Amazon.RegionEndpoint. }); }",
        "class C { object M() => new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.Nowhere); }",
        "class C { object M() => new Azure.Storage.Blobs.BlobServiceClient(; }",
        "class C { object M() => new Azure.Storage.Blobs.BlobServiceClient(new System.Uri()); }",
        "class C { object M() => new UnknownClient(\"https://s3.eu-west-3.amazonaws.com\"); }",
        "class C { object M() => Google.Cloud.Storage.V1.StorageClient.Create(; }",
        "class C { object M() => new Google.Cloud.Storage.V1.StorageClientBuilder { UniverseDomain = }.Build(); }",
        "class C { object M() => new Google.Cloud.Storage.V1.StorageClientBuilder { Unknown = \"s3nsapis.fr\" }.Build(); }",
        "class C { void M(Microsoft.Extensions.DependencyInjection.IServiceCollection s) => s.AddAWSService<>(); }",
        "class C { void M(Microsoft.Extensions.DependencyInjection.IServiceCollection s) => s.AddAWSService<Amazon.S3.IAmazonS3>(new Amazon.Extensions.NETCore.Setup.AWSOptions { DefaultClientConfig = { ServiceURL = } }); }",
        "class C { object M() { var c = new Amazon.S3.AmazonS3Config(); c.ServiceURL = ; c = ; return new Amazon.S3.AmazonS3Client(c); } }",
        "class C { object M() { Amazon.S3.AmazonS3Config c; return new Amazon.S3.AmazonS3Client(c); } }",
        "class C { object M() { var c = c; return new Amazon.S3.AmazonS3Client(c); } }",
        "class C { void M() => Sentry.SentrySdk.Init(o => o.Dsn = ); }",
        "class C { void M() => Sentry.SentrySdk.Init(o => { o. }); }",
        "class C { object M() => new Minio.MinioClient().WithEndpoint().Build(); }",
        "class C { object M() => new Minio.MinioClient().WithEndpoint(null).Build(); }",
        "class C { object M() => new Amazon.S3.AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = $\"https://{}\" }); }",
        "class C { object M() => new Amazon.S3.AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = \"\\uD800\" }); }",
        "object x = new Amazon.S3.AmazonS3Client(new Amazon.S3.AmazonS3Config { ServiceURL = \"https://s3.gra.io.cloud.ovh.net\" });",
        "class C { static object F = new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUWest3); }",
        "class C { object M() => new Stripe.CustomerService(null); }",
        "class C { object M() => new Azure.Storage.Blobs.BlobServiceClient(default); }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task No_analyzer_exception_on_broken_code(string source)
    {
        var diagnostics = await SdkVerify.AnalyzeBrokenAsync(source, (StandIns.GoogleGrpcName, StandIns.GoogleGrpc));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Message_names_client_provider_region_and_law_in_english_and_french()
    {
        var diagnostics = await SdkVerify.AnalyzeBrokenAsync("class C { object M() => new Amazon.S3.AmazonS3Client(Amazon.RegionEndpoint.EUWest3); }");
        var finding = Assert.Single(diagnostics, d => d.Id == RuleIds.SdkClientTarget);
        var english = finding.GetMessage(CultureInfo.GetCultureInfo("en"));
        Assert.StartsWith("AmazonS3Client targets ", english, StringComparison.Ordinal);
        Assert.Contains("Amazon Web Services", english, StringComparison.Ordinal);
        Assert.Contains("eu-west-3", english, StringComparison.Ordinal);
        Assert.Contains("CLOUD Act", english, StringComparison.Ordinal);
        var french = finding.GetMessage(CultureInfo.GetCultureInfo("fr"));
        Assert.StartsWith("AmazonS3Client cible ", french, StringComparison.Ordinal);
        Assert.Equal("aws", finding.Properties[FindingProperties.ProviderId]);
        Assert.Equal("eu-west-3", finding.Properties[FindingProperties.Region]);
        Assert.Equal("aws-sdk", finding.Properties[FindingProperties.SdkFamily]);
        Assert.Equal("AmazonS3Client", finding.Properties[FindingProperties.Client]);
    }

    [Fact]
    public async Task A_compilation_without_any_cloud_sdk_has_no_sdk_symbols()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoSdk",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }") },
            await Infrastructure.TestReferences.Net100.ResolveAsync(Microsoft.CodeAnalysis.LanguageNames.CSharp, CancellationToken.None));
        Assert.Null(SdkSymbols.For(compilation));
    }
}
