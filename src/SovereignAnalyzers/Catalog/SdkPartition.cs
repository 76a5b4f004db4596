namespace SovereignAnalyzers.Catalog;

/// <summary>A region partition: regions starting with the prefix live under the DNS suffix.</summary>
internal sealed class SdkPartition
{
    public SdkPartition(string regionPrefix, string dnsSuffix)
    {
        RegionPrefix = regionPrefix;
        DnsSuffix = dnsSuffix;
    }

    public string RegionPrefix { get; }

    public string DnsSuffix { get; }
}
