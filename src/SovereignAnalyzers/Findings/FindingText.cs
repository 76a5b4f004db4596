using System.Collections.Generic;
using System.Text;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Findings;

/// <summary>The human-readable parts of a finding's message; the language is chosen when they are displayed.</summary>
internal static class FindingText
{
    /// <summary>The longest host a message shows whole; the diagnostic's location and its <c>host</c> property keep it whole.</summary>
    public const int MaxShownHostLength = 50;

    /// <summary>
    /// The host as a message shows it: whole when short enough, otherwise its rightmost labels (those that say
    /// whose it is) after an ellipsis, e.g. "…exports.s3.dualstack.eu-west-3.amazonaws.com".
    /// </summary>
    public static string ShownHost(string? host)
    {
        if (host is null)
        {
            return string.Empty;
        }

        if (host.Length <= MaxShownHostLength)
        {
            return host;
        }

        // The longest run of whole labels that fits after the ellipsis; a label too long for that is cut.
        var start = host.Length - (MaxShownHostLength - 1);
        var dot = host.IndexOf('.', start - 1);
        return "…" + host.Substring(dot >= 0 && host.Length - dot - 1 >= MaxShownHostLength / 2 ? dot + 1 : start);
    }

    /// <summary>
    /// E.g. "Amazon S3 (Amazon Web Services, eu-west-3, US)". Names are not translated. The laws are not
    /// listed here: the explanation names those the policy forbids, once.
    /// </summary>
    public static string DescribeTarget(PolicyEvaluation evaluation, Target target)
    {
        var provider = target.Provider;
        var builder = new StringBuilder();
        if (target.Service is { } service)
        {
            builder.Append(service.Name).Append(" (").Append(provider.Name).Append(", ");
        }
        else
        {
            builder.Append(provider.Name).Append(" (");
        }

        if (target.Region is { } region)
        {
            builder.Append(region).Append(", ");
        }

        return builder.Append(provider.Entity.Jurisdiction).Append(')').ToString();
    }

    /// <summary>
    /// What the text is to the target: "is an endpoint of Amazon S3 (…)", or, for an identifier (an OAuth
    /// scope, a token audience, an IAM service principal), "names a service of Azure Storage (…)".
    /// </summary>
    public static LocalizedText Relation(PolicyEvaluation evaluation, Target target, bool namesService)
        => LocalizedText.Format(namesService ? nameof(Strings.NamesServiceOf) : nameof(Strings.EndpointOf), DescribeTarget(evaluation, target));

    /// <summary>Why the target is not allowed, then the alternatives the policy allows.</summary>
    public static LocalizedText Explain(PolicyEvaluation evaluation, Target target, Verdict verdict, IReadOnlyList<Target> alternatives)
    {
        var parts = new List<object>();
        var laws = new List<string>();
        foreach (var reason in verdict.Reasons)
        {
            if (reason.Kind == ReasonKind.ForbiddenLaw)
            {
                if (laws.Count == 0)
                {
                    parts.Add(LawsReason(evaluation, verdict));
                }

                laws.Add(reason.Argument);
            }
            else
            {
                parts.Add(DescribeReason(evaluation, reason));
            }
        }

        // The first sentence says what and why; what the region means comes after it, in a sentence of its own.
        var sentences = new List<object> { LocalizedText.Join(LocalizedText.Format(nameof(Strings.ReasonSeparator)), parts) };
        if (RegionRemark(target, laws.Count > 0) is { } remark)
        {
            sentences.Add(remark);
        }

        if (alternatives.Count > 0)
        {
            sentences.Add(AlternativesSentence(alternatives));
        }

        return LocalizedText.Join(". ", sentences);
    }

    /// <summary>
    /// Said where it informs. A region run by another entity than the provider (Outscale's US regions) changes
    /// who is reached: the sentence names that operator. A European region of a provider under a foreign law
    /// does not make it sovereign, though a reader may believe it does.
    /// </summary>
    private static LocalizedText? RegionRemark(Target target, bool foreignLaw)
    {
        if (target.Region is not { } region)
        {
            return null;
        }

        if (target.Provider.IsRegionOperator)
        {
            return LocalizedText.Format(nameof(Strings.RegionOperatedBy), region, target.Provider.Entity.Name, target.Provider.Entity.Jurisdiction);
        }

        return foreignLaw && EuropeanRegion.Contains(region) ? LocalizedText.Format(nameof(Strings.RegionDoesNotChangeLaw), region) : null;
    }

    private static LocalizedText AlternativesSentence(IReadOnlyList<Target> alternatives)
    {

        var names = new List<object>();
        foreach (var alternative in alternatives)
        {
            names.Add(alternative.Region is { } alternativeRegion ? alternative.Provider.Name + " (" + alternativeRegion + ")" : alternative.Provider.Name);
        }

        return LocalizedText.Format(nameof(Strings.AlternativesAllowed), LocalizedText.Join(", ", names));
    }

    public static LocalizedText DescribeReason(PolicyEvaluation evaluation, Reason reason)
    {
        switch (reason.Kind)
        {
            case ReasonKind.Denied:
                return LocalizedText.Format(nameof(Strings.ReasonDenied));
            case ReasonKind.ForbiddenLaw:
                return LocalizedText.Format(nameof(Strings.ReasonForbiddenLaw), LawName(evaluation, reason.Argument));
            case ReasonKind.NotQualified:
                return LocalizedText.Format(nameof(Strings.ReasonNotQualified), QualificationNames(evaluation, reason.Argument));
            default:
                var origin = evaluation.Catalog.Jurisdictions.TryGetValue(reason.Argument, out var jurisdiction) ? jurisdiction.Name : reason.Argument;
                return LocalizedText.Format(nameof(Strings.ReasonLicensedTechnology), origin);
        }
    }

    /// <summary>All forbidden laws as one reason: "subject to the US CLOUD Act, FISA 702, EO 12333".</summary>
    private static LocalizedText LawsReason(PolicyEvaluation evaluation, Verdict verdict)
    {
        var names = new List<object>();
        string? jurisdiction = null;
        foreach (var reason in verdict.Reasons)
        {
            if (reason.Kind != ReasonKind.ForbiddenLaw)
            {
                continue;
            }

            if (evaluation.Catalog.Laws.TryGetValue(reason.Argument, out var law))
            {
                names.Add(jurisdiction == law.Jurisdiction ? law.ShortName : law.Jurisdiction + " " + law.ShortName);
                jurisdiction = law.Jurisdiction;
            }
            else
            {
                names.Add(reason.Argument);
            }
        }

        return LocalizedText.Format(nameof(Strings.ReasonForbiddenLaw), LocalizedText.Join(", ", names));
    }

    private static string LawName(PolicyEvaluation evaluation, string id)
        => evaluation.Catalog.Laws.TryGetValue(id, out var law) ? law.Jurisdiction + " " + law.ShortName : id;

    /// <summary>"secnumcloud, hds" → "SecNumCloud or HDS" (the "or" in the display language).</summary>
    private static LocalizedText QualificationNames(PolicyEvaluation evaluation, string ids)
    {
        var parts = new List<object>();
        var or = LocalizedText.Format(nameof(Strings.Or));
        foreach (var id in ids.Split(','))
        {
            var trimmed = id.Trim();
            if (parts.Count > 0)
            {
                parts.Add(or);
            }

            parts.Add(evaluation.Catalog.Qualifications.TryGetValue(trimmed, out var qualification) ? qualification.Name : trimmed);
        }

        return LocalizedText.Join(" ", parts);
    }

    private static bool HasLawReason(Verdict verdict)
    {
        foreach (var reason in verdict.Reasons)
        {
            if (reason.Kind == ReasonKind.ForbiddenLaw)
            {
                return true;
            }
        }

        return false;
    }
}
