using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>
/// What test sources compile against: .NET 10 reference assemblies, plus the real cloud SDK assemblies
/// restored from NuGet with the test project (and everything they reference), never hand-made stand-ins.
/// </summary>
internal static class TestReferences
{
    /// <summary>
    /// .NET 10 reference assemblies, by a version the package registry serves (the testing library's
    /// built-in Net100 asks for one it does not).
    /// </summary>
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    // Azure.AI.OpenAI 1.0.0-beta.6's own assembly, downloaded by the testing library (assets chosen for "net8.0":
    // its NuGet reads "net10.0" as .NET Framework 1.0). Its dependencies come from the test project's packages.
    private static readonly ReferenceAssemblies AzureOpenAiBetaPackage = new("net8.0", new PackageIdentity("Azure.AI.OpenAI", "1.0.0-beta.6"), Path.Combine("lib", "netstandard2.0"));

    /// <summary>
    /// The cloud SDKs with Azure.AI.OpenAI 1.0.0-beta.6 instead of 2.x: the key-only <c>OpenAIClient</c> of that
    /// API is still common in code, and both versions cannot be referenced by the test project.
    /// </summary>
    public static async Task<ImmutableArray<MetadataReference>> WithAzureOpenAiBetaAsync()
    {
        var beta = await AzureOpenAiBetaPackage.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CloudSdks.Where(r => r is not PortableExecutableReference { FilePath: { } path } || Path.GetFileName(path) != "Azure.AI.OpenAI.dll")
            .Concat(beta)
            .ToImmutableArray();
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> CloudSdkReferences = new(LoadCloudSdks);

    /// <summary>The SDK assemblies (and their dependency closure) of every cloud package the test project references.</summary>
    public static ImmutableArray<MetadataReference> CloudSdks => CloudSdkReferences.Value;

    /// <summary>The cloud SDK references without the assemblies whose name starts with <paramref name="prefix"/> (a compilation that does not use that SDK).</summary>
    public static ImmutableArray<MetadataReference> CloudSdksWithout(string prefix)
        => CloudSdks.Where(r => r is not PortableExecutableReference { FilePath: { } path }
                                || !Path.GetFileName(path).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .ToImmutableArray();

    private static ImmutableArray<MetadataReference> LoadCloudSdks()
    {
        var anchors = new[]
        {
            typeof(Amazon.S3.AmazonS3Client).Assembly,
            typeof(Azure.Storage.Blobs.BlobServiceClient).Assembly,
            typeof(Google.Cloud.Storage.V1.StorageClient).Assembly,
            typeof(Amazon.SQS.AmazonSQSClient).Assembly,
            typeof(Amazon.DynamoDBv2.AmazonDynamoDBClient).Assembly,
            typeof(Amazon.KeyManagementService.AmazonKeyManagementServiceClient).Assembly,
            typeof(Amazon.Extensions.NETCore.Setup.AWSOptions).Assembly,
            typeof(Azure.Storage.Queues.QueueServiceClient).Assembly,
            typeof(Azure.Storage.Files.Shares.ShareServiceClient).Assembly,
            typeof(Azure.Data.Tables.TableServiceClient).Assembly,
            typeof(Azure.Messaging.ServiceBus.ServiceBusClient).Assembly,
            typeof(Azure.Messaging.EventHubs.Producer.EventHubProducerClient).Assembly,
            typeof(Azure.Security.KeyVault.Secrets.SecretClient).Assembly,
            typeof(Azure.Search.Documents.SearchClient).Assembly,
            typeof(Azure.AI.OpenAI.AzureOpenAIClient).Assembly,
            typeof(Azure.Identity.DefaultAzureCredential).Assembly,
            typeof(Microsoft.Azure.Cosmos.CosmosClient).Assembly,
            typeof(Microsoft.Extensions.Azure.AzureClientFactoryBuilder).Assembly,
            typeof(Microsoft.Graph.GraphServiceClient).Assembly,
            typeof(Microsoft.ApplicationInsights.TelemetryClient).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ApplicationInsightsExtensions).Assembly,
            typeof(Minio.MinioClient).Assembly,
            typeof(OpenAI.OpenAIClient).Assembly,
            typeof(Stripe.StripeClient).Assembly,
            typeof(Twilio.TwilioClient).Assembly,
            typeof(SendGrid.SendGridClient).Assembly,
            typeof(Sentry.SentrySdk).Assembly,
            typeof(Microsoft.AspNetCore.Hosting.SentryWebHostBuilderExtensions).Assembly,
            typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly,
            typeof(Microsoft.WindowsAzure.Storage.CloudStorageAccount).Assembly,
            typeof(Microsoft.Azure.Storage.Blob.CloudBlobClient).Assembly,
            typeof(StackExchange.Redis.ConnectionMultiplexer).Assembly,
            typeof(MongoDB.Driver.MongoClient).Assembly,
            typeof(Confluent.Kafka.ProducerConfig).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly,
        };

        return AssemblyClosure.Of(anchors)
            .Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location))
            .ToImmutableArray();
    }
}
