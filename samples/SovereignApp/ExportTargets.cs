namespace SovereignApp;

/// <summary>Where the exports go: EU-controlled providers only.</summary>
public static class ExportTargets
{
    // 3DS Outscale object storage (OOS) in its SecNumCloud region, reached with the AWS SDK for .NET.
    public const string ArchiveServiceUrl = "https://oos.cloudgouv-eu-west-1.outscale.com";

    public const string ArchiveBucket = "hopital-archive";

    // Backup copy on OVHcloud object storage (Gravelines).
    public const string BackupServiceUrl = "https://s3.gra.io.cloud.ovh.net";

    // Self-hosted error reporting inside the hospital's network.
    public const string ErrorReportingUrl = "https://errors.hopital.example/api/store";
}
