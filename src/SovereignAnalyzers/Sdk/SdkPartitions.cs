using System;
using System.Collections.Generic;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// The providers a family's client can reach whatever its region: one per partition the catalog
/// classifies (for AWS: the commercial, China, European Sovereign Cloud and GovCloud partitions), from
/// the family's known regions; the family's own provider when it names no regions.
/// </summary>
internal static class SdkPartitions
{
    public static IReadOnlyCollection<string> ProvidersReached(SdkDecision decision, HostIndex hosts)
    {
        var family = decision.Family.Family;
        var providers = new HashSet<string>(StringComparer.Ordinal);
        if (family.ProviderId is { } own)
        {
            providers.Add(own);
        }

        if (family.Regions is not { } regions)
        {
            return providers;
        }

        var service = decision.Family.ServicePrefix(decision.ClientType);
        foreach (var region in regions.Members.Values)
        {
            if (regions.HostFor(region, service) is { } host && hosts.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)) is { } match)
            {
                providers.Add(match.Provider.Id);
            }
        }

        return providers;
    }
}
