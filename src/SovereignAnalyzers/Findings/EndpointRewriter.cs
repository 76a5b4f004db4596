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
        if (IsBareSuffix(catalog, finding, host))
        {
            // A bare domain suffix names no service of its own (a connection string's EndpointSuffix=core.windows.net).
            return SuffixRewrite(catalog, finding, host, alternative);
        }

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
    /// Whether <paramref name="host"/> is, as a whole, a domain suffix the catalog lists for a service of the finding's
    /// kind that has no endpoint of its own there (<c>core.windows.net</c> for Azure Storage): the value of a
    /// connection string's <c>EndpointSuffix</c>, not the host of an endpoint.
    /// </summary>
    public static bool IsBareSuffix(ProviderCatalog catalog, FindingContract finding, string host)
    {
        var suffix = host.TrimEnd('.');
        foreach (var service in catalog.FindProvider(finding.ProviderId)?.Services ?? Array.Empty<CloudService>())
        {
            if (string.Equals(service.Kind, finding.ServiceKind, StringComparison.Ordinal) && service.EndpointTemplate is null)
            {
                foreach (var pattern in service.HostPatterns)
                {
                    if (string.Equals(pattern, suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The alternative's domain suffix for a host that is a bare domain suffix of the finding's service kind
    /// (<c>core.windows.net</c>, the value of a connection string's <c>EndpointSuffix</c>): the suffix moves when
    /// both providers state, in the catalog, a service speaking the alternative's API whose endpoints lie under
    /// their suffix — Azure Blob's <c>{account}.blob.core.windows.net</c> under <c>core.windows.net</c>, Bleu's
    /// <c>{account}.blob.core.sovcloud-api.fr</c> under <c>core.sovcloud-api.fr</c>. Null otherwise (an API the
    /// original provider does not serve under that suffix, no single suffix at the alternative).
    /// </summary>
    private static string? SuffixRewrite(ProviderCatalog catalog, FindingContract finding, string host, AlternativeEndpointEntry alternative)
    {
        var suffix = host.TrimEnd('.');
        if (alternative.Api.Length == 0 || catalog.FindProvider(finding.ProviderId) is not { } provider || catalog.FindProvider(alternative.ProviderId) is not { } target)
        {
            return null;
        }

        var servesApiUnder = false;
        foreach (var service in provider.Services)
        {
            servesApiUnder |= string.Equals(service.Kind, finding.ServiceKind, StringComparison.Ordinal)
                              && string.Equals(service.Api, alternative.Api, StringComparison.Ordinal) && service.EndpointTemplate is { } template
                              && HostTemplate.HostOf(template).EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase);
        }

        if (!servesApiUnder)
        {
            return null;
        }

        string? replacement = null;
        foreach (var service in target.Services)
        {
            if (!string.Equals(service.Kind, finding.ServiceKind, StringComparison.Ordinal) || !string.Equals(service.Api, alternative.Api, StringComparison.Ordinal)
                || service.EndpointTemplate is not { } template)
            {
                continue;
            }

            var templateHost = HostTemplate.HostOf(template);
            foreach (var pattern in service.HostPatterns)
            {
                if (templateHost.EndsWith("." + pattern, StringComparison.OrdinalIgnoreCase) && pattern.IndexOf('{') < 0 && pattern.IndexOf('*') < 0)
                {
                    if (replacement is not null && !string.Equals(replacement, pattern, StringComparison.OrdinalIgnoreCase))
                    {
                        return null; // two suffixes: which one the connection string needs is not data
                    }

                    replacement = pattern;
                }
            }
        }

        return replacement is null || string.Equals(replacement, suffix, StringComparison.OrdinalIgnoreCase) ? null : replacement;
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
