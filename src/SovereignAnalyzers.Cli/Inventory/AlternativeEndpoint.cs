using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>One entry of a finding's <c>alternativeEndpoints</c> property: <c>providerId|region|endpoint|api</c>.</summary>
internal sealed record AlternativeEndpoint(string ProviderId, string Region, string Endpoint, string Api)
{
    public static IReadOnlyList<AlternativeEndpoint> ParseList(string? value)
    {
        var result = new List<AlternativeEndpoint>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return result;
        }

        foreach (var entry in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('|');
            string Part(int i) => i < parts.Length ? parts[i].Trim() : string.Empty;
            if (Part(0).Length > 0)
            {
                result.Add(new AlternativeEndpoint(Part(0), Part(1), Part(2), Part(3)));
            }
        }

        return result;
    }
}
