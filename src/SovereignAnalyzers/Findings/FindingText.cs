using System.Collections.Generic;
using System.Text;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Findings;

/// <summary>The human-readable parts of a finding's message; the language is chosen when they are displayed.</summary>
internal static class FindingText
{
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

        // Said where it informs: a European region does not make a provider under a foreign law sovereign.
        if (target.Region is { } region && laws.Count > 0 && EuropeanRegion.Contains(region))
        {
            parts.Add(LocalizedText.Format(nameof(Strings.RegionDoesNotChangeLaw), region));
        }

        var explanation = LocalizedText.Join(LocalizedText.Format(nameof(Strings.ReasonSeparator)), parts);
        if (alternatives.Count == 0)
        {
            return explanation;
        }

        var names = new List<object>();
        foreach (var alternative in alternatives)
        {
            names.Add(alternative.Region is { } alternativeRegion ? alternative.Provider.Name + " (" + alternativeRegion + ")" : alternative.Provider.Name);
        }

        return LocalizedText.Join(". ", new object[] { explanation, LocalizedText.Format(nameof(Strings.AlternativesAllowed), LocalizedText.Join(", ", names)) });
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
