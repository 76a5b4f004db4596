namespace SovereignAnalyzers.Findings;

/// <summary>What decided an SDK client's target (the <c>decidedBy</c> property of SOV0002 and SOV0003).</summary>
internal enum TargetDecision
{
    /// <summary>An endpoint (URL, host, DSN) written as a constant.</summary>
    Literal,

    /// <summary>A region: the provider is the SDK's, the region picks the host.</summary>
    Region,

    /// <summary>Nothing: the SDK's default provider applies.</summary>
    Default,

    /// <summary>A universe domain (Google Cloud libraries).</summary>
    UniverseDomain,

    /// <summary>A connection string's endpoint keys, or their absence.</summary>
    ConnectionString,

    /// <summary>A value only known at run time.</summary>
    Runtime,
}
