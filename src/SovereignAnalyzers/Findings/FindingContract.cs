using System;
using System.Collections.Generic;
using System.Globalization;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// The properties of a reported sovereignty finding read back (the findings contract, docs/findings.md), by
/// the code fixes and the command line, which never analyse again. A property that is absent or malformed
/// reads as "unknown", which only ever removes a fix, never invents one.
/// </summary>
internal sealed class FindingContract
{
    private FindingContract(Func<string, string?> property)
    {
        string Get(string key) => property(key) ?? string.Empty;

        ProviderId = Get(FindingProperties.ProviderId);
        ServiceKind = Get(FindingProperties.ServiceKind);
        Region = Get(FindingProperties.Region);
        Host = Get(FindingProperties.Host);
        Api = Get(FindingProperties.Api);
        DecidedBy = Get(FindingProperties.DecidedBy);
        PolicyFile = Get(FindingProperties.PolicyFile);
        SdkFamily = Get(FindingProperties.SdkFamily);
        Client = Get(FindingProperties.Client);
        Alternatives = Get(FindingProperties.Alternatives);
        if (TryGetInt(Get(FindingProperties.HostStart), out var start) && TryGetInt(Get(FindingProperties.HostLength), out var length) && length > 0)
        {
            HostStart = start;
            HostLength = length;
        }

        AlternativeEndpoints = AlternativeEndpointEntry.ParseList(Get(FindingProperties.AlternativeEndpoints));
    }

    public string ProviderId { get; }

    public string ServiceKind { get; }

    public string Region { get; }

    public string Host { get; }

    /// <summary>The host's offset from the start of the diagnostic's span, when the host is written literally there.</summary>
    public int? HostStart { get; }

    public int? HostLength { get; }

    public string Api { get; }

    /// <summary>The comma-separated ids of the allowed alternatives of the same service kind, whatever API they speak.</summary>
    public string Alternatives { get; }

    /// <summary>The allowed alternatives of the same service kind, in policy order then catalog order.</summary>
    public IReadOnlyList<AlternativeEndpointEntry> AlternativeEndpoints { get; }

    /// <summary><c>literal</c>, <c>region</c>, <c>default</c>, <c>universeDomain</c>, <c>connectionString</c> or <c>runtime</c> (SDK findings).</summary>
    public string DecidedBy { get; }

    /// <summary>The policy in force; empty when the built-in default policy applies.</summary>
    public string PolicyFile { get; }

    public string SdkFamily { get; }

    public string Client { get; }

    /// <summary>The contract of a diagnostic's properties (a Roslyn diagnostic's, a SARIF result's), looked up by key.</summary>
    public static FindingContract Read(Func<string, string?> property) => new(property);

    public static FindingContract Read(IReadOnlyDictionary<string, string?> properties)
        => new(key => properties.TryGetValue(key, out var value) ? value : null);

    private static bool TryGetInt(string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
