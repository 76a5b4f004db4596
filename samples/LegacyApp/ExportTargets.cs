namespace LegacyApp;

/// <summary>Where the exports went before the move to a trusted cloud.</summary>
public static class ExportTargets
{
    // Azure Blob Storage, West Europe: still under the US CLOUD Act.
    public const string ArchiveBaseUrl = "https://hopital-archive.blob.core.windows.net/exports";

    // Google Cloud Storage.
    public const string BackupBucketUri = "gs://hopital-backup/appointments";

    // Error reporting (Sentry SaaS, EU ingestion but a US company).
    public const string SentryDsn = "https://3f9a1c@o4507.ingest.de.sentry.io/4507";

    // Amazon S3 in Paris (eu-west-3): the region does not change the jurisdiction.
    public static string ReportsBucketUrl(string month) => $"https://hopital-reports.s3.eu-west-3.amazonaws.com/{month}/";

    // Alibaba Cloud OSS, used by a former subcontractor.
    public const string PartnerDrop = "https://partner-drop.oss-eu-central-1.aliyuncs.com";
}
