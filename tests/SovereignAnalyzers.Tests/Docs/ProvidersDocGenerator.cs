using System.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>Writes docs/providers.md from the built-in catalog.</summary>
internal static class ProvidersDocGenerator
{
    public static string Generate(ProviderCatalog catalog)
    {
        var evaluation = new PolicyEvaluation(catalog, SovereigntyPolicy.Default, new DateTime(2000, 1, 1));
        var md = new StringBuilder();
        md.AppendLine("# Providers");
        md.AppendLine();
        md.AppendLine("<!-- Generated from src/SovereignAnalyzers/Catalog/providers.json by ProvidersDocTests; do not edit by hand.");
        md.AppendLine("     Regenerate: SOVEREIGN_UPDATE_DOCS=1 dotnet test tests/SovereignAnalyzers.Tests --filter ProvidersDoc -->");
        md.AppendLine();
        var operators = catalog.Providers.Count(p => p.IsRegionOperator);
        md.AppendLine($"Catalog version **{catalog.Version}**: {catalog.Providers.Count - operators} providers and {operators} region operators (entities that run some regions of a provider under their own control and law). The format is described in [catalog-format.md](catalog-format.md).");
        md.AppendLine();

        var facts = AllFacts(catalog).ToList();
        md.AppendLine($"Facts: {facts.Count} in all — {facts.Count(f => f.Status == FactStatus.Confirmed)} confirmed by a primary source, "
            + $"{facts.Count(f => f.Status == FactStatus.Secondary)} by a secondary source only, {facts.Count(f => f.Status == FactStatus.Unconfirmed)} unconfirmed. "
            + "Unconfirmed facts are marked *(unconfirmed)* below; no qualification is listed without a source.");
        md.AppendLine();
        md.AppendLine("| Provider | Id | Controlled by | Laws | Licensed technology | Qualifications | Default policy |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var provider in catalog.Providers)
        {
            var verdict = evaluation.Evaluate(new Target(provider, null, null));
            md.Append("| [").Append(provider.Name).Append("](#").Append(provider.Id).Append(") | `").Append(provider.Id).Append("` | ")
                .Append(Escape(provider.Entity.Name)).Append(" (").Append(provider.Entity.Jurisdiction).Append(") | ")
                .Append(provider.Laws.Count == 0 ? "—" : string.Join(", ", provider.Laws.Select(l => ShortLawName(catalog, l.LawId)))).Append(" | ")
                .Append(provider.LicensedTechnology is { } t ? Escape(t.Vendor) + " (" + t.Origin + ")" : "—").Append(" | ")
                .Append(provider.Qualifications.Count == 0 ? "—" : string.Join(", ", provider.Qualifications.Select(q => QualificationName(catalog, q.QualificationId) + (q.State == QualificationState.InProcess ? " (in process)" : string.Empty)).Distinct())).Append(" | ")
                .Append(verdict.IsAllowed ? "allowed" : "reported").AppendLine(" |");
        }

        md.AppendLine();
        md.AppendLine("## Laws");
        md.AppendLine();
        foreach (var law in catalog.Laws.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            md.Append("- `").Append(law.Id).Append("` — ").Append(law.Name);
            if (law.Reference.Length > 0)
            {
                md.Append(" (").Append(law.Reference).Append(')');
            }

            md.Append(", ").Append(law.Jurisdiction).Append(". ").AppendLine(Source(law.Source));
        }

        md.AppendLine();
        md.AppendLine("## Qualifications");
        md.AppendLine();
        foreach (var qualification in catalog.Qualifications.Values.OrderBy(q => q.Id, StringComparer.Ordinal))
        {
            md.Append("- `").Append(qualification.Id).Append("` — ").Append(qualification.Name);
            if (qualification.Issuer.Length > 0)
            {
                md.Append(" (").Append(qualification.Issuer).Append(')');
            }

            md.Append(qualification.RequiresImmunity ? "; includes criteria on immunity from non-EU law" : "; no immunity criteria")
                .Append(". ").AppendLine(Source(qualification.Source));
        }

        foreach (var provider in catalog.Providers)
        {
            md.AppendLine();
            md.Append("## ").AppendLine(provider.Name);
            md.AppendLine();
            md.Append("<a id=\"").Append(provider.Id).AppendLine("\"></a>");
            md.AppendLine();
            md.Append("- Id: `").Append(provider.Id).AppendLine("`");
            if (provider.OperatesRegionsOf is { } parentId)
            {
                md.Append("- Runs regions ").Append(string.Join(", ", provider.OperatedRegions.Select(r => "`" + r + "`")))
                    .Append(" of [").Append(catalog.FindProvider(parentId)?.Name ?? parentId).Append("](#").Append(parentId)
                    .AppendLine("): an endpoint or decision in those regions is this operator's, and it is never proposed as an alternative");
            }

            foreach (var regionOperator in provider.RegionOperators)
            {
                md.Append("- Regions run by another entity: ").Append(string.Join(", ", regionOperator.OperatedRegions.Select(r => "`" + r + "`")))
                    .Append(" by [").Append(regionOperator.Name).Append("](#").Append(regionOperator.Id).AppendLine(")");
            }

            md.Append("- Controlled by: ").Append(Escape(provider.Entity.Name)).Append(" (").Append(JurisdictionName(catalog, provider.Entity.Jurisdiction)).Append("). ").AppendLine(Source(provider.Entity.Source));
            if (provider.Laws.Count == 0)
            {
                md.AppendLine("- Exposed to: no extraterritorial law in the catalog");
            }

            foreach (var law in provider.Laws)
            {
                md.Append("- Exposed to: ").Append(LawName(catalog, law.LawId)).Append(". ").AppendLine(Source(law.Source));
            }

            if (provider.LicensedTechnology is { } licensed)
            {
                md.Append("- Runs licensed technology: ").Append(Escape(licensed.Vendor)).Append(" (").Append(JurisdictionName(catalog, licensed.Origin)).Append("). ").AppendLine(Source(licensed.Source));
            }

            foreach (var grant in provider.Qualifications)
            {
                md.Append("- ").Append(QualificationName(catalog, grant.QualificationId)).Append(": ")
                    .Append(grant.State == QualificationState.Qualified ? "qualified" : "in process");
                if (grant.ServiceKinds.Count > 0)
                {
                    md.Append(", services ").Append(string.Join(", ", grant.ServiceKinds.Select(k => "`" + k + "`")));
                }

                if (grant.Regions.Count > 0)
                {
                    md.Append(", regions ").Append(string.Join(", ", grant.Regions.Select(r => "`" + r + "`")));
                }

                if (grant.Date is { } date)
                {
                    md.Append(", since ").Append(date);
                }

                md.Append(". ").AppendLine(Source(grant.Source));
            }

            md.Append("- Hosts: ").AppendLine(provider.Hosts.Count == 0 ? "—" : string.Join(", ", provider.Hosts.Select(h => "`" + h + "`")));
            if (provider.HostsSource is { Length: > 0 } hostsSource)
            {
                md.Append("  (source: ").Append(Escape(hostsSource)).AppendLine(")");
            }

            if (provider.Schemes.Count > 0)
            {
                md.Append("- URI schemes: ").AppendLine(string.Join(", ", provider.Schemes.Select(s => "`" + s + "://`")));
            }

            if (provider.ArnPartitions.Count > 0)
            {
                md.Append("- ARN partitions: ").AppendLine(string.Join(", ", provider.ArnPartitions.Select(p => "`arn:" + p + ":`")));
            }

            foreach (var service in provider.Services)
            {
                md.Append("- Service: ").Append(Escape(service.Name)).Append(" (`").Append(service.Kind).Append("`): ")
                    .Append(string.Join(", ", service.HostPatterns.Select(h => "`" + h + "`")));
                if (service.Regions.Count > 0)
                {
                    md.Append("; regions ").Append(string.Join(", ", service.Regions.Select(r => "`" + r + "`")));
                }

                if (service.Api is { } api)
                {
                    md.Append("; API `").Append(api).Append('`');
                }

                if (service.PathStyle)
                {
                    md.Append("; path-style addressing");
                }

                md.AppendLine();
            }

            if (provider.Notes is { Length: > 0 } notes)
            {
                md.Append("- Notes: ").AppendLine(Escape(notes));
            }
        }

        return md.ToString().Replace("\r\n", "\n");
    }

    public static IEnumerable<FactSource> AllFacts(ProviderCatalog catalog)
    {
        foreach (var provider in catalog.Providers)
        {
            yield return provider.Entity.Source;
            foreach (var law in provider.Laws)
            {
                yield return law.Source;
            }

            if (provider.LicensedTechnology is { } licensed)
            {
                yield return licensed.Source;
            }

            foreach (var grant in provider.Qualifications)
            {
                yield return grant.Source;
            }
        }
    }

    private static string Source(FactSource source)
    {
        var text = source.Status switch
        {
            FactStatus.Confirmed => "Source",
            FactStatus.Secondary => "Secondary source",
            _ => "*(unconfirmed)*",
        };
        return source.Source.Length == 0 ? text + (source.AsOf.Length > 0 ? ", as of " + source.AsOf : string.Empty) : text + ": " + Escape(source.Source) + " (as of " + source.AsOf + ")";
    }

    private static string LawName(ProviderCatalog catalog, string id) => catalog.Laws.TryGetValue(id, out var law) ? law.Name : id;

    private static string ShortLawName(ProviderCatalog catalog, string id) => catalog.Laws.TryGetValue(id, out var law) ? law.Jurisdiction + " " + law.ShortName : id;

    private static string QualificationName(ProviderCatalog catalog, string id) => catalog.Qualifications.TryGetValue(id, out var q) ? q.Name : id;

    private static string JurisdictionName(ProviderCatalog catalog, string code) => catalog.Jurisdictions.TryGetValue(code, out var j) ? j.Name : code;

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
