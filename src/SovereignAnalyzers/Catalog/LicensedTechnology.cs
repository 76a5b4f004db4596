namespace SovereignAnalyzers.Catalog;

/// <summary>Foreign technology that an EU operator runs under licence (e.g. S3NS runs Google Cloud).</summary>
internal sealed class LicensedTechnology
{
    public LicensedTechnology(string origin, string vendor, FactSource source)
    {
        Origin = origin;
        Vendor = vendor;
        Source = source;
    }

    /// <summary>Jurisdiction code of the technology's vendor.</summary>
    public string Origin { get; }

    public string Vendor { get; }

    public FactSource Source { get; }
}
