using System.Collections.Generic;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// One entry of a diagnostic's <c>alternativeEndpoints</c> property, read back: <c>providerId|region|endpoint|api</c>
/// (<see cref="FindingProperties.AlternativeEndpoints"/> writes them).
/// </summary>
internal sealed class AlternativeEndpointEntry
{
    public AlternativeEndpointEntry(string providerId, string region, string endpoint, string api)
    {
        ProviderId = providerId;
        Region = region;
        Endpoint = endpoint;
        Api = api;
    }

    public string ProviderId { get; }

    /// <summary>The region the policy (or the alternative's qualification) names; empty when none.</summary>
    public string Region { get; }

    /// <summary>The catalog's endpoint template with <c>{region}</c> filled; other placeholders kept; empty when none.</summary>
    public string Endpoint { get; }

    /// <summary>The API the alternative's service speaks (e.g. <c>s3</c>); empty when the catalog does not say.</summary>
    public string Api { get; }

    /// <summary>
    /// The entries of a property value, in order. An entry without a provider id, or with a number of fields
    /// other than four, is skipped: a malformed value only ever removes an alternative, never invents one.
    /// </summary>
    public static IReadOnlyList<AlternativeEndpointEntry> ParseList(string? value)
    {
        var entries = new List<AlternativeEndpointEntry>();
        if (value is null)
        {
            return entries;
        }

        foreach (var entry in value.Split(';'))
        {
            var fields = entry.Split('|');
            if (fields.Length != 4 || fields[0].Trim().Length == 0)
            {
                continue;
            }

            entries.Add(new AlternativeEndpointEntry(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }

        return entries;
    }
}
