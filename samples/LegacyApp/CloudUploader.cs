using Amazon;
using Amazon.S3;
using Amazon.S3.Model;
using Azure.Storage.Blobs;
using Google.Cloud.Storage.V1;

namespace LegacyApp;

/// <summary>Uploads the CSV export to three clouds (the legacy "belt and braces" setup).</summary>
public sealed class CloudUploader
{
    private const string StorageConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=hopitalarchive;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net";

    public async Task UploadAsync(string name, byte[] csv, CancellationToken cancellationToken)
    {
        using var s3 = new AmazonS3Client(RegionEndpoint.EUWest3);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "hopital-reports", Key = name, InputStream = new MemoryStream(csv) }, cancellationToken);

        var blobs = new BlobServiceClient(StorageConnectionString);
        await blobs.GetBlobContainerClient("exports").UploadBlobAsync(name, new BinaryData(csv), cancellationToken);

        var gcs = StorageClient.Create();
        await gcs.UploadObjectAsync("hopital-backup", name, "text/csv", new MemoryStream(csv), cancellationToken: cancellationToken);
    }

    /// <summary>The staging copy goes wherever the operations team points it: known only at run time.</summary>
    public async Task UploadToStagingAsync(string name, byte[] csv, CancellationToken cancellationToken)
    {
        var config = new AmazonS3Config { ServiceURL = Environment.GetEnvironmentVariable("STAGING_S3_URL") };
        using var s3 = new AmazonS3Client(config);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "staging", Key = name, InputStream = new MemoryStream(csv) }, cancellationToken);
    }
}
