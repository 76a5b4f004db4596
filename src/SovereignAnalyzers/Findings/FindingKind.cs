namespace SovereignAnalyzers.Findings;

/// <summary>What a finding reports; each kind is one rule.</summary>
internal enum FindingKind
{
    /// <summary>SOV0001: an endpoint in a C# string constant.</summary>
    EndpointLiteral,

    /// <summary>SOV0002: a cloud SDK client whose target the code decides.</summary>
    SdkClientTarget,

    /// <summary>SOV0003: a cloud SDK client whose endpoint is only known at run time.</summary>
    SdkRuntimeEndpoint,

    /// <summary>SOV0004: an endpoint in a configuration file.</summary>
    ConfigurationEndpoint,

    /// <summary>SOV0005: a referenced cloud SDK assembly.</summary>
    SdkReference,
}
