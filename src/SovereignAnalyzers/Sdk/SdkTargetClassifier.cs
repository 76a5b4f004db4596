using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Turns what the code sets on a client (<see cref="SdkTargetSettings"/>) into its targets: an emulator or
/// loopback address is local; an endpoint wins over a universe domain, which wins over a region; a region
/// becomes the family's host for it; a value only known at run time, or a setting the analyzer cannot see
/// that may override the one it can, makes the target <see cref="SdkTargetOutcome.Runtime"/>.
/// </summary>
internal sealed class SdkTargetClassifier
{
    private readonly SdkFamily _family;
    private readonly string? _servicePrefix;
    private readonly HostIndex _hosts;

    /// <param name="family">The SDK family of the client.</param>
    /// <param name="servicePrefix">The service a region is turned into a host for (the client's entry in the family's <c>services</c>), or null.</param>
    /// <param name="hosts">The host index of the policy in force.</param>
    public SdkTargetClassifier(SdkFamily family, string? servicePrefix, HostIndex hosts)
    {
        _family = family;
        _servicePrefix = servicePrefix;
        _hosts = hosts;
    }

    /// <summary>The client's target; several when the deciding value takes several (branches, or each element of a constant list).</summary>
    public IReadOnlyList<SdkTarget> Classify(SdkTargetSettings settings)
    {
        if (settings.Emulator)
        {
            return new[] { new SdkTarget(SdkTargetOutcome.Local, null, null, null) };
        }

        var decisive = settings.Endpoint ?? settings.UniverseDomain ?? settings.Region;
        if (decisive is null)
        {
            return new[]
            {
                settings.Unknown is null
                    ? new SdkTarget(SdkTargetOutcome.Default, null, null, null)
                    : new SdkTarget(SdkTargetOutcome.Runtime, null, null, settings.Unknown),
            };
        }

        if (decisive.Alternatives is not { } alternatives)
        {
            return ClassifyOne(decisive, settings);
        }

        var targets = new List<SdkTarget>(alternatives.Count);
        foreach (var alternative in alternatives)
        {
            foreach (var target in ClassifyOne(alternative, settings))
            {
                targets.Add(decisive.IsBranch ? new SdkTarget(target.Outcome, target.Match, target.Region, decisive.Source, target.Member, isBranch: true, target.DecidedBy, target.Text) : target);
            }
        }

        return targets;
    }

    private IReadOnlyList<SdkTarget> ClassifyOne(SdkValue decisive, SdkTargetSettings settings)
    {
        var region = settings.Region is { IsRuntime: false, Alternatives: null } ? settings.Region.Text : null;

        if (decisive.IsRuntime)
        {
            // A region only known at run time still names one of the family's partitions, unless something else may set the endpoint.
            return new[]
            {
                decisive.Kind == SdkValueKind.Region && settings.Unknown is null && settings.Endpoint is null && settings.UniverseDomain is null
                    ? new SdkTarget(SdkTargetOutcome.AnyRegion, null, null, decisive.Source)
                    : new SdkTarget(SdkTargetOutcome.Runtime, null, null, decisive.Source),
            };
        }

        if (decisive.Text is null)
        {
            return new[] { new SdkTarget(SdkTargetOutcome.Default, null, region, decisive.Source) }; // a branch that sets nothing
        }

        if (decisive.Kind is SdkValueKind.UniverseDomain or SdkValueKind.Region && settings.Unknown is not null)
        {
            // Something the analyzer cannot see may also set the endpoint, which would win.
            return new[] { new SdkTarget(SdkTargetOutcome.Runtime, null, null, settings.Unknown) };
        }

        if (decisive.Kind == SdkValueKind.Region)
        {
            return new[] { ClassifyRegion(decisive.Text, decisive.Source) };
        }

        var classified = ClassifyText(decisive.Text, decisive.Kind, decisive.Source, region);
        if (decisive.Member is null)
        {
            return classified;
        }

        var declared = new SdkTarget[classified.Count];
        for (var i = 0; i < declared.Length; i++)
        {
            var target = classified[i];
            declared[i] = new SdkTarget(target.Outcome, target.Match, target.Region, target.Source, decisive.Member, decidedBy: target.DecidedBy, text: target.Text);
        }

        return declared;
    }

    /// <summary>A region: the family's host for it, classified; the SDK's default provider in that region when the family builds no host.</summary>
    public SdkTarget ClassifyRegion(string region, IOperation? source)
    {
        var host = _family.Regions?.HostFor(region, _servicePrefix);
        if (host is not null && _hosts.Classify(new EndpointCandidate(EndpointForm.BareHost, host, 0, host.Length)) is { } regionMatch)
        {
            return new SdkTarget(SdkTargetOutcome.Resolved, regionMatch, regionMatch.Region ?? region, source, decidedBy: SdkValueKind.Region);
        }

        return new SdkTarget(SdkTargetOutcome.Default, null, region, source, decidedBy: SdkValueKind.Region);
    }

    /// <summary>
    /// An endpoint, connection string or universe domain: emulator, loopback, a catalog host, or unknown. A
    /// comma-separated list of hosts (Kafka's bootstrap servers, a MongoDB or Redis host list) is used whole by
    /// the client: every catalog host in it is a target, and a loopback or self-hosted item next to them hides none.
    /// </summary>
    public IReadOnlyList<SdkTarget> ClassifyText(string text, SdkValueKind kind, IOperation? source, string? region)
    {
        foreach (var marker in _family.Emulators)
        {
            if (text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new[] { new SdkTarget(SdkTargetOutcome.Local, null, null, source) };
            }
        }

        if (text.IndexOf(',') >= 0 && EndpointExtractor.MayContainEndpoint(text))
        {
            List<SdkTarget>? listed = null;
            foreach (var candidate in EndpointExtractor.Extract(text))
            {
                if (_hosts.Classify(candidate) is { } match && (listed is null || !listed.Exists(t => t.Match!.Host == match.Host)))
                {
                    (listed ??= new List<SdkTarget>()).Add(new SdkTarget(SdkTargetOutcome.Resolved, match, match.Region ?? region, source, decidedBy: kind, text: text));
                }
            }

            if (listed is not null)
            {
                return listed;
            }
        }

        return new[] { ClassifySingle(text, kind, source, region) };
    }

    /// <summary>The first of what decides a text: loopback, a catalog host, a hole, or unknown.</summary>
    private SdkTarget ClassifySingle(string text, SdkValueKind kind, IOperation? source, string? region)
    {
        if (LoopbackHost.IsNamedIn(text))
        {
            return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
        }

        var hasHole = text.IndexOf(HostName.Hole) >= 0;
        var anyHost = false;
        if (EndpointExtractor.MayContainEndpoint(text))
        {
            foreach (var candidate in EndpointExtractor.Extract(text))
            {
                if (candidate.Form != EndpointForm.Scheme && candidate.Form != EndpointForm.Arn)
                {
                    anyHost = true;
                    if (LoopbackHost.Is(candidate.Value))
                    {
                        return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
                    }
                }

                if (_hosts.Classify(candidate) is { } match)
                {
                    return new SdkTarget(SdkTargetOutcome.Resolved, match, match.Region ?? region, source, decidedBy: kind, text: text);
                }
            }
        }
        else if (LoopbackHost.Is(text.Trim().ToLowerInvariant()))
        {
            return new SdkTarget(SdkTargetOutcome.Local, null, null, source);
        }

        if (hasHole)
        {
            return new SdkTarget(SdkTargetOutcome.Runtime, null, null, source);
        }

        if (!anyHost && kind == SdkValueKind.ConnectionString)
        {
            // A connection string without any endpoint key (AccountName=...;AccountKey=...) uses the SDK's default
            // cloud; an empty one or a placeholder is no connection string at all: the real one comes at run time.
            return ConnectionStringText.HasSetting(text)
                ? new SdkTarget(SdkTargetOutcome.Default, null, region, source, decidedBy: kind)
                : new SdkTarget(SdkTargetOutcome.Runtime, null, null, source);
        }

        return new SdkTarget(SdkTargetOutcome.Unknown, null, null, source);
    }
}
