using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SovereignAnalyzers.Cli.Reports;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary><c>sovereign providers</c>: the catalog's providers, as docs/providers.md summarises them.</summary>
internal static class ProvidersCommand
{
    private static readonly string[] Formats = { "text", "markdown", "json" };

    public static Command Create()
    {
        var format = AuditCommand.FormatOption(Formats);
        var output = AuditCommand.OutputOption();
        var command = new Command("providers", Text.Get(nameof(CliStrings.CmdProviders))) { format, output };
        command.SetAction(result =>
        {
            var catalog = ProviderCatalog.BuiltIn;
            Output.Write(result.GetValue(output), result.GetValue(format) switch
            {
                "json" => Json(catalog),
                "markdown" => Table(catalog, markdown: true),
                _ => Table(catalog, markdown: false),
            });
            return ExitCodes.Success;
        });
        Examples.Add(command, "sovereign providers", "sovereign providers --format json --output catalog.json");
        return command;
    }

    private static string Table(ProviderCatalog catalog, bool markdown)
    {
        var text = new StringBuilder();
        text.AppendLine(Text.Format(nameof(CliStrings.ProvidersTitle), catalog.Version, catalog.Providers.Count)).AppendLine();
        var headers = new[] { CliStrings.ColumnProvider, "Id", CliStrings.ExplainOperator, CliStrings.ColumnLaws, CliStrings.ExplainQualifications, CliStrings.ExplainService };
        var rows = catalog.Providers.Select(p => new[]
        {
            p.Name,
            p.Id,
            p.Entity.Name + " (" + p.Entity.Jurisdiction + ")" + (p.LicensedTechnology is { } l ? " · " + l.Vendor + " (" + l.Origin + ")" : string.Empty),
            string.Join(", ", p.Laws.Select(law => catalog.Laws.TryGetValue(law.LawId, out var known) ? known.ShortName : law.LawId)),
            string.Join(", ", p.Qualifications.Select(q => q.QualificationId + (q.State == QualificationState.InProcess ? "*" : string.Empty)).Distinct()),
            string.Join(", ", p.Services.Select(s => s.Kind).Distinct()),
        }).ToList();

        if (markdown)
        {
            text.Append("| ").Append(string.Join(" | ", headers)).AppendLine(" |");
            text.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).AppendLine();
            foreach (var row in rows)
            {
                text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", System.StringComparison.Ordinal)))).AppendLine(" |");
            }
        }
        else
        {
            var widths = headers.Select((h, i) => System.Math.Min(48, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
            text.AppendLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            foreach (var row in rows)
            {
                text.AppendLine(string.Join("  ", row.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd());
            }
        }

        text.AppendLine().AppendLine(Text.Get(nameof(CliStrings.ProvidersInProcess)));
        return text.ToString();
    }

    private static string Json(ProviderCatalog catalog)
    {
        return JsonWriting.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("catalogVersion", catalog.Version);
            json.WriteStartArray("providers");
            foreach (var provider in catalog.Providers)
            {
                json.WriteStartObject();
                json.WriteString("id", provider.Id);
                json.WriteString("name", provider.Name);
                json.WriteStartObject("operator");
                json.WriteString("name", provider.Entity.Name);
                json.WriteString("jurisdiction", provider.Entity.Jurisdiction);
                json.WriteString("source", provider.Entity.Source.Source);
                json.WriteEndObject();
                if (provider.LicensedTechnology is { } licensed)
                {
                    json.WriteStartObject("licensedTechnology");
                    json.WriteString("vendor", licensed.Vendor);
                    json.WriteString("origin", licensed.Origin);
                    json.WriteString("source", licensed.Source.Source);
                    json.WriteEndObject();
                }

                json.WriteStartArray("laws");
                foreach (var law in provider.Laws)
                {
                    json.WriteStartObject();
                    json.WriteString("id", law.LawId);
                    json.WriteString("source", law.Source.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("qualifications");
                foreach (var grant in provider.Qualifications)
                {
                    json.WriteStartObject();
                    json.WriteString("id", grant.QualificationId);
                    json.WriteString("state", grant.State == QualificationState.Qualified ? "qualified" : "inProcess");
                    if (grant.Date is { } date)
                    {
                        json.WriteString("date", date);
                    }

                    json.WriteStrings("serviceKinds", grant.ServiceKinds);
                    json.WriteStrings("regions", grant.Regions);
                    json.WriteString("source", grant.Source.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("services");
                foreach (var service in provider.Services)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", service.Kind);
                    json.WriteString("name", service.Name);
                    if (service.EndpointTemplate is { } template)
                    {
                        json.WriteString("endpointTemplate", template);
                    }

                    json.WriteStrings("regions", service.Regions);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
