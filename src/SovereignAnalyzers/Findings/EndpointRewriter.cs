using System;
using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// Computes the text that replaces a reported host so that the endpoint leads to an alternative: the
/// alternative's host, with the placeholders of its endpoint (an Azure account, …) taken from the
/// original host, and the bucket of a virtual-host-style URL kept — moved into the path when the
/// alternative only serves path-style requests. Scheme, port and path stay as written, since only the
/// host's characters are replaced. Null when no faithful rewrite exists (a placeholder without a value,
/// a bucket that cannot be expressed), so that no fix is offered rather than a wrong one.
/// </summary>
internal static class EndpointRewriter
{
    /// <param name="catalog">Catalog data: the original service's host forms and the alternative's addressing style.</param>
    /// <param name="finding">The finding (provider, service kind) whose host is replaced.</param>
    /// <param name="host">The host as written at the reported span.</param>
    /// <param name="alternative">Where the rewrite leads.</param>
    /// <param name="textBefore">The text of the same string before the host (to see whether it follows a scheme).</param>
    /// <param name="textAfter">The text of the same string after the host.</param>
    public static string? Rewrite(ProviderCatalog catalog, FindingContract finding, string host, AlternativeEndpointEntry alternative, string textBefore, string textAfter)
    {
        var target = HostTemplate.Parse(alternative.Endpoint);
        if (target is null || !TryDecompose(catalog, finding, host, out var captures, out var prefix))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var capture in captures)
        {
            if (capture.Key != "region")
            {
                values[capture.Key] = capture.Value;
            }
        }

        values["region"] = alternative.Region;
        var targetHost = target.Fill(values);
        if (targetHost is null)
        {
            return null;
        }

        string replacement;
        if (prefix.Length == 0)
        {
            replacement = targetHost;
        }
        else if (AddressingStyle.IsPathStyleOnly(catalog, alternative.ProviderId, finding.ServiceKind))
        {
            var isUrl = textBefore.EndsWith("//", StringComparison.Ordinal);
            // After the host: the path, or the end of the value (a closing quote, the end of the line).
            var pathFollows = textAfter.Length == 0 || textAfter[0] is '/' or '?' or '#' or '"' or '\'' or '<' || char.IsWhiteSpace(textAfter[0]);
            if (!isUrl || !pathFollows)
            {
                return null; // a bare host or a host with a port cannot carry the bucket in a path here
            }

            replacement = targetHost + "/" + prefix;
        }
        else
        {
            replacement = prefix + "." + targetHost;
        }

        return string.Equals(replacement, host, StringComparison.OrdinalIgnoreCase) ? null : replacement;
    }

    /// <summary>
    /// Splits the host into the values of its service's host form (region, account…) and the labels
    /// before it (the bucket of a virtual-host-style URL), using the catalog's endpoint template first,
    /// then the service's host forms.
    /// </summary>
    private static bool TryDecompose(ProviderCatalog catalog, FindingContract finding, string host, out IReadOnlyDictionary<string, string> captures, out string prefix)
    {
        captures = new Dictionary<string, string>();
        prefix = string.Empty;
        var provider = catalog.FindProvider(finding.ProviderId);
        if (provider is null)
        {
            return false;
        }

        foreach (var service in provider.Services)
        {
            if (!string.Equals(service.Kind, finding.ServiceKind, StringComparison.Ordinal))
            {
                continue;
            }

            var forms = new List<string>();
            if (service.EndpointTemplate is { } template)
            {
                forms.Add(template);
            }

            forms.AddRange(service.HostPatterns);
            foreach (var form in forms)
            {
                if (HostTemplate.Parse(form) is { } parsed && parsed.TryMatch(host, out captures, out prefix))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
