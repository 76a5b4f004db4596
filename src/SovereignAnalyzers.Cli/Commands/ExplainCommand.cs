using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Loading;
using SovereignAnalyzers.Cli.Resources;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary><c>sovereign explain HOST|URL</c>: what the catalog knows of an endpoint and what the policy in force decides.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var endpoint = new Argument<string>("endpoint") { Description = Text.Get(nameof(CliStrings.ArgEndpoint)) };
        var policy = PolicyOption();
        var command = new Command("explain", Text.Get(nameof(CliStrings.CmdExplain))) { endpoint, policy };
        command.SetAction(result => Run(result.GetValue(endpoint)!, result.GetValue(policy)));
        Examples.Add(command, "sovereign explain s3.eu-west-3.amazonaws.com", "sovereign explain https://oos.cloudgouv-eu-west-1.outscale.com/bucket",
            "sovereign explain myaccount.blob.core.windows.net --policy deploy/sovereignty.json");
        return command;
    }

    public static Option<string?> PolicyOption()
        => new("--policy") { Description = Text.Get(nameof(CliStrings.OptPolicy)) };

    /// <summary>0 when the policy allows the endpoint or it is no known provider's, 1 when it does not allow it, 2 when the policy is unreadable.</summary>
    public static int Run(string endpoint, string? policyPath)
    {
        var policy = PolicyInForce.Load(policyPath, Directory.GetCurrentDirectory());
        foreach (var error in policy.Errors)
        {
            Output.Error(error);
        }

        if (policy.Errors.Count > 0)
        {
            return ExitCodes.UsageOrLoadError;
        }

        var evaluation = policy.Evaluation;
        var match = Classify(evaluation, endpoint) ?? Classify(evaluation, "https://" + endpoint.Trim());
        var text = new StringBuilder();
        if (match is null)
        {
            text.AppendLine(Text.Format(nameof(CliStrings.ExplainUnknown), endpoint));
            Output.Write(null, text.ToString());
            return ExitCodes.Success;
        }

        var catalog = evaluation.Catalog;
        var provider = match.Provider;
        var target = new Target(provider, match.Service, match.Region);
        var verdict = evaluation.Evaluate(target);
        var culture = Text.Language;

        text.AppendLine(match.Host);
        Line(text, CliStrings.ExplainProvider, $"{provider.Name} ({provider.Id}){(provider.IsCustom ? " — " + Text.Get(nameof(CliStrings.ExplainCustom)) : string.Empty)}");
        Line(text, CliStrings.ExplainOperator, $"{provider.Entity.Name} — {JurisdictionName(catalog, provider.Entity.Jurisdiction)} [{provider.Entity.Source.Source}]");
        Line(text, CliStrings.ExplainService, match.Service is { } service ? $"{service.Name} ({service.Kind})" : "—");
        Line(text, CliStrings.ExplainRegion, match.Region ?? "—");
        if (provider.LicensedTechnology is { } licensed)
        {
            Line(text, CliStrings.ExplainLicensed, $"{licensed.Vendor} ({JurisdictionName(catalog, licensed.Origin)}) [{licensed.Source.Source}]");
        }

        Line(text, CliStrings.ExplainLaws, provider.Laws.Count == 0 ? Text.Get(nameof(CliStrings.ExplainNone)) : string.Empty);
        foreach (var law in provider.Laws)
        {
            var name = catalog.Laws.TryGetValue(law.LawId, out var known) ? $"{known.Name} ({known.Reference})" : law.LawId;
            text.Append("    - ").Append(name).Append(" [").Append(law.Source.Source).AppendLine("]");
        }

        Line(text, CliStrings.ExplainQualifications, provider.Qualifications.Count == 0 ? Text.Get(nameof(CliStrings.ExplainNone)) : string.Empty);
        foreach (var grant in provider.Qualifications)
        {
            var name = catalog.Qualifications.TryGetValue(grant.QualificationId, out var q) ? $"{q.Name} ({q.Issuer})" : grant.QualificationId;
            var state = grant.State == QualificationState.Qualified ? Text.Get(nameof(CliStrings.ExplainQualified)) : Text.Get(nameof(CliStrings.ExplainInProcess));
            var scope = string.Join("; ", new[]
            {
                grant.ServiceKinds.Count > 0 ? string.Join(", ", grant.ServiceKinds) : null,
                grant.Regions.Count > 0 ? string.Join(", ", grant.Regions) : null,
            }.Where(s => s is not null));
            var covers = grant.Covers(match.Service?.Kind, match.Region) ? Text.Get(nameof(CliStrings.ExplainCovers)) : Text.Get(nameof(CliStrings.ExplainDoesNotCover));
            text.Append("    - ").Append(name).Append(": ").Append(state).Append(grant.Date is { } date ? " " + date : string.Empty)
                .Append(scope.Length > 0 ? " (" + scope + ")" : string.Empty).Append(", ").Append(covers).Append(" [").Append(grant.Source.Source).AppendLine("]");
        }

        Line(text, CliStrings.ExplainPolicy, policy.Path ?? Text.Get(nameof(CliStrings.ExplainDefaultPolicy)));
        var alternatives = evaluation.AlternativesFor(match.Service?.Kind);
        if (verdict.IsAllowed)
        {
            Line(text, CliStrings.ExplainVerdict, Text.Get(nameof(CliStrings.ExplainAllowed)));
        }
        else
        {
            Line(text, CliStrings.ExplainVerdict, Text.Get(nameof(CliStrings.ExplainNotAllowed)) + " " + FindingText.Explain(evaluation, target, verdict, alternatives).ToString(culture));
            var excepted = evaluation.IsExcepted(match, null);
            if (excepted)
            {
                text.Append("    ").AppendLine(Text.Get(nameof(CliStrings.ExplainExcepted)));
            }
        }

        Line(text, CliStrings.ExplainAlternatives, alternatives.Count == 0 ? Text.Get(nameof(CliStrings.ExplainNone)) : string.Join(", ", alternatives.Select(a => a.Provider.Name + (a.Region is { } r ? " (" + r + ")" : string.Empty)))); 
        Output.Write(null, text.ToString());
        return verdict.IsAllowed ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static EndpointMatch? Classify(PolicyEvaluation evaluation, string text)
    {
        foreach (var candidate in EndpointExtractor.Extract(text))
        {
            if (evaluation.Hosts.Classify(candidate) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private static string JurisdictionName(ProviderCatalog catalog, string code)
        => catalog.Jurisdictions.TryGetValue(code, out var jurisdiction) ? $"{jurisdiction.Name} ({code})" : code;

    private static void Line(StringBuilder text, string label, string value)
        => text.Append("  ").Append((label + ":").PadRight(18)).AppendLine(value);
}
