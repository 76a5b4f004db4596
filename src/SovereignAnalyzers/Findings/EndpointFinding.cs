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
            if (evaluation.Hosts.Classify(candidate) is not { } match)
            {
                continue;
            }

            var previous = IndexOfProvider(findings, match);
            if (previous >= 0 && (findings![previous].Match.Service is not null || match.Service is null))
            {
                continue; // one finding per provider; a later endpoint only replaces one that named no service
            }

            var target = new Target(match.Provider, match.Service, match.Region);
            var verdict = evaluation.Evaluate(target);
            if (verdict.IsAllowed || evaluation.IsExcepted(match, filePath))
            {
                continue;
            }

            var finding = new EndpointFinding(match, verdict, evaluation.AlternativesFor(match.Service?.Kind));
            findings ??= new List<EndpointFinding>();
            if (previous >= 0)
            {
                findings[previous] = finding;
            }
            else
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private static int IndexOfProvider(List<EndpointFinding>? findings, EndpointMatch match)
    {
        for (var i = 0; findings is not null && i < findings.Count; i++)
        {
            if (findings[i].Match.Provider.Id == match.Provider.Id)
            {
                return i;
            }
        }

        return -1;
    }
}
