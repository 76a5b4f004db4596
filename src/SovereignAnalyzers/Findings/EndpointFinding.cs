using System.Collections.Generic;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Findings;

/// <summary>An endpoint in a text whose provider the policy does not allow.</summary>
internal sealed class EndpointFinding
{
    private readonly string _text;

    private EndpointFinding(EndpointMatch match, Finding finding, string text)
    {
        Match = match;
        Finding = finding;
        _text = text;
    }

    public EndpointMatch Match { get; }

    /// <summary>The finding, without the host's position in the reported text (<see cref="WrittenAs"/> adds it).</summary>
    public Finding Finding { get; }

    public Target Target => Finding.Target!.Value;

    public Verdict Verdict => Finding.Verdict;

    public IReadOnlyList<Target> Alternatives => Finding.Alternatives;

    /// <summary>The finding, with where its host stands in <paramref name="written"/>, the reported text as written in its file.</summary>
    public Finding WrittenAs(string written) => Finding with { HostPosition = HostPosition.Find(written, _text, Match.Candidate) };

    /// <summary>
    /// The findings in <paramref name="text"/>: one per provider (the first endpoint of each), skipping
    /// providers the policy allows and endpoints an exception covers. Null when there is none, so that the
    /// common case allocates nothing more. <paramref name="providersWithSdk"/>: the providers whose SDK the
    /// compilation references, for the schemes that designate a provider only next to its SDK (<c>s3://</c>).
    /// </summary>
    public static List<EndpointFinding>? FindAll(PolicyEvaluation evaluation, string text, string? filePath, FindingKind kind = FindingKind.EndpointLiteral, ICollection<string>? providersWithSdk = null)
    {
        if (!EndpointExtractor.MayContainEndpoint(text))
        {
            return null;
        }

        List<EndpointFinding>? findings = null;
        foreach (var candidate in EndpointExtractor.Extract(text))
        {
            if (evaluation.Hosts.Classify(candidate, providersWithSdk) is not { } match)
            {
                continue;
            }

            var previous = IndexOfProvider(findings, match);
            if (previous >= 0 && (findings![previous].Match.Service is not null || match.Service is null))
            {
                continue; // one finding per provider; a later endpoint only replaces one that named no service
            }

            if (Finding.Evaluate(kind, evaluation, new Target(match.Provider, match.Service, match.Region), match.Host, filePath) is not { } evaluated)
            {
                continue;
            }

            var finding = evaluated with { NamesService = match.NamesService };

            var endpointFinding = new EndpointFinding(match, finding, text);
            findings ??= new List<EndpointFinding>();
            if (previous >= 0)
            {
                findings[previous] = endpointFinding;
            }
            else
            {
                findings.Add(endpointFinding);
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
