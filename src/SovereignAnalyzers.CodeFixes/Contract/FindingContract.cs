using System.Collections.Generic;
using System.Globalization;

namespace SovereignAnalyzers.CodeFixes.Contract;

/// <summary>
/// The diagnostic properties of a sovereignty finding, as documented in docs/findings.md. The fixes read
/// these instead of analysing again; a property that is absent or malformed reads as "unknown", which
/// only ever removes a fix, never invents one.
/// </summary>
internal sealed class FindingContract
{
    public const string ProviderIdKey = "providerId";
    public const string ServiceKindKey = "serviceKind";
    public const string RegionKey = "region";
    public const string HostKey = "host";
    public const string HostStartKey = "hostStart";
    public const string HostLengthKey = "hostLength";
    public const string ApiKey = "api";
    public const string AlternativeEndpointsKey = "alternativeEndpoints";
    public const string DecidedByKey = "decidedBy";
    public const string PolicyFileKey = "policyFile";
    public const string SdkFamilyKey = "sdkFamily";
    public const string ClientKey = "client";

    private FindingContract(IReadOnlyDictionary<string, string?> properties)
    {
        ProviderId = Get(properties, ProviderIdKey);
        ServiceKind = Get(properties, ServiceKindKey);
        Region = Get(properties, RegionKey);
        Host = Get(properties, HostKey);
        Api = Get(properties, ApiKey);
        DecidedBy = Get(properties, DecidedByKey);
        PolicyFile = Get(properties, PolicyFileKey);
        SdkFamily = Get(properties, SdkFamilyKey);
        Client = Get(properties, ClientKey);
        if (TryGetInt(properties, HostStartKey, out var start) && TryGetInt(properties, HostLengthKey, out var length) && length > 0)
        {
            HostStart = start;
            HostLength = length;
        }

        AlternativeEndpoints = ParseAlternatives(Get(properties, AlternativeEndpointsKey));
    }

    public string ProviderId { get; }

    public string ServiceKind { get; }

    public string Region { get; }

    public string Host { get; }

    /// <summary>The host's offset from the start of the diagnostic's span, when the host is written literally there.</summary>
    public int? HostStart { get; }

    public int? HostLength { get; }

    public string Api { get; }

    /// <summary>The allowed alternatives of the same service kind, in policy order then catalog order.</summary>
    public IReadOnlyList<AlternativeEndpoint> AlternativeEndpoints { get; }

    /// <summary><c>literal</c>, <c>region</c>, <c>default</c>, <c>universeDomain</c>, <c>connectionString</c> or <c>runtime</c> (SDK findings).</summary>
    public string DecidedBy { get; }

    /// <summary>The policy in force; empty when the built-in default policy applies.</summary>
    public string PolicyFile { get; }

    public string SdkFamily { get; }

    public string Client { get; }

    public static FindingContract Read(IReadOnlyDictionary<string, string?> properties) => new(properties);

    /// <summary>
    /// The alternatives a rewrite may lead to: those speaking the finding's own API (an S3 store for S3,
    /// never Google Cloud Storage for Azure Blob). Nothing when the finding's API is unknown.
    /// </summary>
    public IReadOnlyList<AlternativeEndpoint> RewriteTargets()
    {
        var targets = new List<AlternativeEndpoint>();
        if (Api.Length == 0)
        {
            return targets;
        }

        foreach (var alternative in AlternativeEndpoints)
        {
            if (string.Equals(alternative.Api, Api, System.StringComparison.Ordinal) && alternative.Endpoint.Length > 0)
            {
                targets.Add(alternative);
            }
        }

        return targets;
    }

    private static List<AlternativeEndpoint> ParseAlternatives(string text)
    {
        var alternatives = new List<AlternativeEndpoint>();
        foreach (var entry in text.Split(';'))
        {
            var fields = entry.Split('|');
            if (fields.Length != 4 || fields[0].Trim().Length == 0)
            {
                continue;
            }

            alternatives.Add(new AlternativeEndpoint(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }

        return alternatives;
    }

    private static string Get(IReadOnlyDictionary<string, string?> properties, string key)
        => properties.TryGetValue(key, out var value) && value is not null ? value : string.Empty;

    private static bool TryGetInt(IReadOnlyDictionary<string, string?> properties, string key, out int value)
    {
        value = 0;
        return properties.TryGetValue(key, out var text) && text is not null
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
