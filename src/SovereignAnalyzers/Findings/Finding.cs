using System.Collections.Generic;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Findings;

/// <summary>
/// One thing to report, with everything a message, a SARIF log, a code fix or a report needs: the target
/// (provider, service, region), the host and where it is written, the verdict and its reasons, the allowed
/// alternatives with their endpoints, and what decided the target. Diagnostics take both their message and
/// their properties from this object (<see cref="FindingMessage"/>, <see cref="FindingProperties"/>), so the
/// two never disagree.
/// </summary>
internal sealed record Finding
{
    private IReadOnlyList<AlternativeEndpoint>? _alternativeEndpoints;

    private Finding(FindingKind kind, PolicyEvaluation evaluation, Target? target, Verdict verdict, IReadOnlyList<Target> alternatives)
    {
        Kind = kind;
        Evaluation = evaluation;
        Target = target;
        Verdict = verdict;
        Alternatives = alternatives;
    }

    public FindingKind Kind { get; }

    /// <summary>The catalog and policy that produced the finding.</summary>
    public PolicyEvaluation Evaluation { get; }

    /// <summary>The provider, service and region reached; null only for SOV0003 when the SDK has no default provider.</summary>
    public Target? Target { get; }

    public Verdict Verdict { get; }

    /// <summary>Allowed providers of the same service kind, in the order the message names them.</summary>
    public IReadOnlyList<Target> Alternatives { get; }

    /// <summary><see cref="Alternatives"/> with their endpoints and APIs.</summary>
    public IReadOnlyList<AlternativeEndpoint> AlternativeEndpoints => _alternativeEndpoints ??= ToEndpoints(Alternatives);

    /// <summary>What designated the provider, as displayed (<see cref="Endpoints.EndpointMatch.Host"/>); null when no host did.</summary>
    public string? Host { get; init; }

    /// <summary>Where the host is written, from the start of the reported span; null when it is not written there literally.</summary>
    public HostPosition? HostPosition { get; init; }

    /// <summary>For SDK clients: what decided the target.</summary>
    public TargetDecision? DecidedBy { get; init; }

    /// <summary>SOV0002: how the message names the target (the SDK's default, any region, or as described).</summary>
    public TargetWording Wording { get; init; }

    /// <summary>The SDK family id (sdks.json) of an SDK finding.</summary>
    public string? SdkFamily { get; init; }

    /// <summary>The SDK family's display name (SOV0005's message).</summary>
    public string? SdkFamilyName { get; init; }

    /// <summary>What the message calls the client, e.g. <c>AmazonS3Client</c>.</summary>
    public string? Client { get; init; }

    /// <summary>The referenced assembly (SOV0005).</summary>
    public string? Assembly { get; init; }

    /// <summary>The configuration setting holding the endpoint (SOV0004), when the file names it.</summary>
    public string? Setting { get; init; }

    /// <summary>The configuration file's name (SOV0004's message when the setting is unnamed).</summary>
    public string? FileName { get; init; }

    /// <summary>SOV0003: the expression only known at run time, as written (shortened).</summary>
    public string? RuntimeSource { get; init; }

    /// <summary>The policy in force: its root file's path, or the empty string for the built-in default policy.</summary>
    public string PolicyFile => Evaluation.Policy.Path ?? string.Empty;

    public string CatalogVersion => Evaluation.Catalog.Version;

    /// <summary>
    /// Evaluates <paramref name="target"/> under the policy: null when the policy allows it or an unexpired
    /// exception covers it (for <paramref name="host"/> in <paramref name="filePath"/>); otherwise the finding,
    /// with the alternatives the policy allows for the target's service kind.
    /// </summary>
    public static Finding? Evaluate(FindingKind kind, PolicyEvaluation evaluation, Target target, string? host, string? filePath)
    {
        var finding = Of(kind, evaluation, target, host);
        return finding.Verdict.IsAllowed || evaluation.IsExcepted(target.Provider, host, filePath) ? null : finding;
    }

    /// <summary>The finding for <paramref name="target"/> whatever the verdict, for a caller that checked the policy another way.</summary>
    public static Finding Of(FindingKind kind, PolicyEvaluation evaluation, Target target, string? host)
        => new(kind, evaluation, target, evaluation.Evaluate(target), evaluation.AlternativesFor(target.Service?.Kind)) { Host = host };

    /// <summary>
    /// SOV0003: a client whose endpoint comes from a run-time value. Always reported (information for a
    /// review); the target is the SDK's default provider, which applies when the value sets nothing, with
    /// the policy's verdict on it.
    /// </summary>
    public static Finding RuntimeEndpoint(PolicyEvaluation evaluation, Provider? defaultProvider)
    {
        if (defaultProvider is null)
        {
            return new Finding(FindingKind.SdkRuntimeEndpoint, evaluation, null, Verdict.Allowed, System.Array.Empty<Target>()) { DecidedBy = TargetDecision.Runtime };
        }

        var target = new Target(defaultProvider, null, null);
        return new Finding(FindingKind.SdkRuntimeEndpoint, evaluation, target, evaluation.Evaluate(target), evaluation.AlternativesFor(null)) { DecidedBy = TargetDecision.Runtime };
    }

    private static AlternativeEndpoint[] ToEndpoints(IReadOnlyList<Target> alternatives)
    {
        var endpoints = new AlternativeEndpoint[alternatives.Count];
        for (var i = 0; i < endpoints.Length; i++)
        {
            endpoints[i] = new AlternativeEndpoint(alternatives[i]);
        }

        return endpoints;
    }
}
