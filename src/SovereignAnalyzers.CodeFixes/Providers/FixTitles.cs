using System.Collections.Generic;
using System.Globalization;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.CodeFixes.Resources;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>Titles that say where a fix leads, from catalog data: provider, qualifications held there, region.</summary>
internal static class FixTitles
{
    public static string UseAlternative(AlternativeEndpointEntry alternative, string serviceKind)
        => Unconfirmed(Format(FixStrings.UseAlternative, ProviderName(alternative), Where(alternative, serviceKind)), alternative, serviceKind);

    public static string UseAlternativeForClient(string client, AlternativeEndpointEntry alternative, string serviceKind)
        => Unconfirmed(Format(FixStrings.UseAlternativeForClient, client, ProviderName(alternative), Where(alternative, serviceKind)), alternative, serviceKind);

    public static string AddException(string subject) => Format(FixStrings.AddPolicyException, subject);

    public static string EquivalenceKey(string ruleId, AlternativeEndpointEntry alternative) => ruleId + ":" + alternative.ProviderId + ":" + alternative.Region;

    public static string ExceptionKey(string ruleId) => ruleId + ":exception";

    /// <summary>The title, saying so when the catalog marks the alternative's endpoint unconfirmed (Bleu's storage endpoints).</summary>
    private static string Unconfirmed(string title, AlternativeEndpointEntry alternative, string serviceKind)
    {
        foreach (var service in ProviderCatalog.BuiltIn.FindProvider(alternative.ProviderId)?.Services ?? System.Array.Empty<CloudService>())
        {
            if (service.EndpointUnconfirmed && service.Kind == serviceKind && (service.Api ?? string.Empty) == alternative.Api)
            {
                return Format(FixStrings.EndpointUnconfirmed, title);
            }
        }

        return title;
    }

    private static string ProviderName(AlternativeEndpointEntry alternative)
        => ProviderCatalog.BuiltIn.FindProvider(alternative.ProviderId)?.Name ?? alternative.ProviderId;

    /// <summary>"SecNumCloud 3.2, cloudgouv-eu-west-1": the qualifications that cover the service there, then the region.</summary>
    private static string Where(AlternativeEndpointEntry alternative, string serviceKind)
    {
        var parts = new List<string>();
        var catalog = ProviderCatalog.BuiltIn;
        if (catalog.FindProvider(alternative.ProviderId) is { } provider)
        {
            var region = alternative.Region.Length == 0 ? null : alternative.Region;
            foreach (var grant in provider.Qualifications)
            {
                if (grant.Covers(serviceKind.Length == 0 ? null : serviceKind, region))
                {
                    var name = catalog.Qualifications.TryGetValue(grant.QualificationId, out var qualification) ? qualification.Name : grant.QualificationId;
                    if (!parts.Contains(name))
                    {
                        parts.Add(name);
                    }
                }
            }
        }

        if (alternative.Region.Length > 0)
        {
            parts.Add(alternative.Region);
        }

        return parts.Count == 0 ? alternative.ProviderId : string.Join(", ", parts);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
