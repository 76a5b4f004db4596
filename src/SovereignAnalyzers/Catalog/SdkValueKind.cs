namespace SovereignAnalyzers.Catalog;

/// <summary>What a value given to an SDK designates.</summary>
internal enum SdkValueKind
{
    /// <summary>A URL, host name or DSN: the endpoint itself.</summary>
    Endpoint,

    /// <summary>A connection string: its endpoint keys decide; none at all means the SDK's default cloud.</summary>
    ConnectionString,

    /// <summary>A universe domain (Google Cloud): the host suffix the SDK builds its endpoints from.</summary>
    UniverseDomain,

    /// <summary>A region: the provider stays the SDK's default (or its partition), only the region changes.</summary>
    Region,

    /// <summary>A configuration object or section: the endpoint is read at run time.</summary>
    Configuration,

    /// <summary>A setting that, with one of its listed values, points the client at a local emulator.</summary>
    Emulator,
}
