using System;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Whether a provider's region code names a location in Europe ("eu-west-3", "europe-west9", "francecentral",
/// "fr-par", "de"). A finding says that the region does not change the law only for such a region: that is
/// where a reader may believe the data's location makes the service sovereign.
/// </summary>
internal static class EuropeanRegion
{
    // Leading labels and whole tokens of region codes across providers (AWS, Google, Oracle, Alibaba, Huawei,
    // Tencent, Scaleway, Outscale, Sentry, Datadog...), and the country or area words of Azure's region names.
    private static readonly string[] Tokens = { "eu", "europe", "fr", "de", "nl", "pl", "it", "es", "se", "ie", "uk", "ch", "no", "at", "be", "dk", "fi" };

    private static readonly string[] AzureStems =
    {
        "europe", "france", "germany", "sweden", "norway", "switzerland", "italy", "poland", "spain", "uk",
        "belgium", "austria", "denmark", "finland", "greece", "ireland", "netherlands",
    };

    public static bool Contains(string region)
    {
        var tokens = region.ToLowerInvariant().Split('-', '_');
        foreach (var token in tokens)
        {
            var letters = token.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            if (Array.IndexOf(Tokens, letters) >= 0)
            {
                return true;
            }
        }

        // Azure: "westeurope", "francecentral", "germanywestcentral", "uksouth"...
        if (tokens.Length == 1)
        {
            foreach (var stem in AzureStems)
            {
                if (StartsOrEndsWith(tokens[0], stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsOrEndsWith(string text, string stem)
        => text.StartsWith(stem, StringComparison.Ordinal) || text.EndsWith(stem, StringComparison.Ordinal);
}
