using System;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Findings;

/// <summary>How an S3-compatible store wants its buckets addressed, from the catalog's <c>pathStyle</c>.</summary>
internal static class AddressingStyle
{
    /// <summary>
    /// Whether the provider's service of that kind serves path-style requests only. A provider or service
    /// the catalog does not describe counts as path-style only: path style is the form every
    /// S3-compatible store serves.
    /// </summary>
    public static bool IsPathStyleOnly(ProviderCatalog catalog, string providerId, string serviceKind)
    {
        if (catalog.FindProvider(providerId) is not { } provider)
        {
            return true;
        }

        foreach (var service in provider.Services)
        {
            if (string.Equals(service.Kind, serviceKind, StringComparison.Ordinal))
            {
                return service.PathStyle;
            }
        }

        return true;
    }
}
