using System;
using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// The one answer to "can this finding move to an allowed alternative with a quick fix, and to which?",
/// shared by the code fixes (the rewriting actions they offer, in this order) and the command line
/// (migration readiness), from the finding's properties alone. A finding moves toward an alternative the
/// policy allows that speaks the finding's own API (<c>api</c>), when it is in a form a fix rewrites:
/// <list type="bullet">
/// <item>a bare domain suffix written at the reported span, of no API of its own (a connection string's
/// <c>EndpointSuffix=core.windows.net</c>): it moves to the alternative's suffix where both providers serve the
/// alternative's API under their suffix;</item>
/// <item>a host written at the reported span (<c>hostStart</c>/<c>hostLength</c>): the host is replaced, so
/// the alternative's endpoint may need no value beyond its region and what the original host gives
/// (an Azure account name);</item>
/// <item>an SDK client whose target a region or the SDK's default decides, in a family with a client
/// fix: the AWS SDK (a config with the endpoint as <c>ServiceURL</c>) and Google Cloud (the endpoint's
/// universe domain); the endpoint must then be complete.</item>
/// </list>
/// What only the code shows (a host outside a string token, named arguments, a config the fix does not
/// reach) can still leave such a finding without an action.
/// </summary>
internal static class QuickFixTargets
{
    public const string AwsSdkFamily = "aws-sdk";
    public const string GoogleCloudFamily = "google-cloud";

    /// <summary>The alternatives a quick fix moves <paramref name="finding"/> to, in the order the fixes offer them; empty when none.</summary>
    public static IReadOnlyList<AlternativeEndpointEntry> Of(FindingContract finding, ProviderCatalog catalog)
    {
        var targets = new List<AlternativeEndpointEntry>();
        var hostWritten = finding.HostStart is not null && finding.Host.Length > 0;
        if (finding.Api.Length == 0 && !(hostWritten && EndpointRewriter.IsBareSuffix(catalog, finding, finding.Host)))
        {
            return targets;
        }

        var clientFamily = finding.DecidedBy is "region" or "default" ? finding.SdkFamily : string.Empty;
        foreach (var alternative in finding.AlternativeEndpoints)
        {
            // A host of no particular API (a bare domain suffix) moves only where the catalog relates the suffixes (see EndpointRewriter).
            if ((finding.Api.Length > 0 && !string.Equals(alternative.Api, finding.Api, StringComparison.Ordinal)) || alternative.Endpoint.Length == 0)
            {
                continue;
            }

            var rewritable = hostWritten
                ? EndpointRewriter.Rewrite(catalog, finding, finding.Host, alternative, "https://", "/") is not null
                : clientFamily switch
                {
                    AwsSdkFamily => alternative.Endpoint.IndexOf('{') < 0,
                    GoogleCloudFamily => UniverseDomainOf(alternative.Endpoint) is not null,
                    _ => false,
                };
            if (rewritable)
            {
                targets.Add(alternative);
            }
        }

        return targets;
    }

    public static bool CanMove(FindingContract finding, ProviderCatalog catalog) => Of(finding, catalog).Count > 0;

    /// <summary>
    /// The universe domain of a Google API endpoint: Google Cloud hosts are <c>{service}.{universe domain}</c>
    /// (<c>storage.googleapis.com</c>, <c>storage.s3nsapis.fr</c>), so the host without its first label; null
    /// when the host has no such form or still holds a placeholder.
    /// </summary>
    public static string? UniverseDomainOf(string endpoint)
    {
        var host = HostTemplate.HostOf(endpoint);
        var dot = host.IndexOf('.');
        return dot > 0 && host.IndexOf('.', dot + 1) > 0 && host.IndexOf('{') < 0 ? host.Substring(dot + 1) : null;
    }
}
