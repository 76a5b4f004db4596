namespace SovereignAnalyzers.Sdk;

internal enum SdkTargetOutcome
{
    /// <summary>Nothing sets the target: the SDK's default provider applies.</summary>
    Default,

    /// <summary>A constant endpoint, universe domain or region designates a catalog provider.</summary>
    Resolved,

    /// <summary>An emulator, localhost or a loopback address.</summary>
    Local,

    /// <summary>A constant endpoint no catalog provider claims (self-hosted, or unknown to the catalog).</summary>
    Unknown,

    /// <summary>The target comes from a value only known at run time.</summary>
    Runtime,

    /// <summary>A region known only at run time: the family's provider in one of its partitions, whichever the value.</summary>
    AnyRegion,
}
