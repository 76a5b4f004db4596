using System.Collections.Generic;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Policy;

/// <summary>An endpoint in a text whose provider the policy does not allow.</summary>
internal sealed class EndpointFinding
{
    public EndpointFinding(EndpointMatch match, Verdict verdict, IReadOnlyList<Target> alternatives)
    {
        Match = match;
        Verdict = verdict;
        Alternatives = alternatives;
    }

    public EndpointMatch Match { get; }

    public Target Target => new(Match.Provider, Match.Service, Match.Region);

    public Verdict Verdict { get; }

    public IReadOnlyList<Target> Alternatives { get; }

    /// <summary>
    /// The findings in <paramref name="text"/>: one per provider (the first endpoint of each), skipping
    /// providers the policy allows and endpoints an exception covers. Null when there is none, so that the
    /// common case allocates nothing more.
    /// </summary>
    public static List<EndpointFinding>? FindAll(PolicyEvaluation evaluation, string text, string? filePath)
    {
        if (!EndpointExtractor.MayContainEndpoint(text))
        {
            return null;
        }

        List<EndpointFinding>? findings = null;
        foreach (var candidate in EndpointExtractor.Extract(text))
        {
            if (evaluation.Hosts.Classify(candidate) is not { } match || AlreadyFound(findings, match))
            {
                continue;
            }

            var target = new Target(match.Provider, match.Service, match.Region);
            var verdict = evaluation.Evaluate(target);
            if (verdict.IsAllowed || evaluation.IsExcepted(match, filePath))
            {
                continue;
            }

            findings ??= new List<EndpointFinding>();
            findings.Add(new EndpointFinding(match, verdict, evaluation.AlternativesFor(match.Service?.Kind)));
        }

        return findings;
    }

    private static bool AlreadyFound(List<EndpointFinding>? findings, EndpointMatch match)
    {
        if (findings is null)
        {
            return false;
        }

        foreach (var finding in findings)
        {
            if (finding.Match.Provider.Id == match.Provider.Id)
            {
                // Keep the most precise description: a later match that knows the service wins.
                return true;
            }
        }

        return false;
    }
}
