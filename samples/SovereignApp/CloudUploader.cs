using Amazon.S3;
using Amazon.S3.Model;

namespace SovereignApp;

/// <summary>Uploads the CSV export to S3-compatible stores operated in the EU.</summary>
public sealed class CloudUploader
{
    public async Task UploadAsync(string name, byte[] csv, CancellationToken cancellationToken)
    {
        foreach (var serviceUrl in new[] { ExportTargets.ArchiveServiceUrl, ExportTargets.BackupServiceUrl })
        {
            // Outscale's object storage needs path-style addressing.
            var config = new AmazonS3Config { ServiceURL = serviceUrl, ForcePathStyle = true };
            using var s3 = new AmazonS3Client(config);
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = ExportTargets.ArchiveBucket, Key = name, InputStream = new MemoryStream(csv) }, cancellationToken);
        }
    }
}
