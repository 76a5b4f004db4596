using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Reporting;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0002 and SOV0003: where a cloud SDK client's target is decided (construction, factory or builder
/// call, DI registration), resolve the provider it reaches and report it once when the policy does not
/// allow it (SOV0002), or say that the target is only known at run time (SOV0003, never a guess).
/// Both outcomes come from the same resolution, so one analyzer reports them. A compilation that
/// references no cloud SDK registers no operation callback at all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkClientAnalyzer : DiagnosticAnalyzer
{
    private const int MaxSourceLength = 80;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SdkClientTarget, Descriptors.SdkRuntimeEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analysed (no Analyze flag), so nothing is reported in it. Without ReportDiagnostics the
        // driver would also check each diagnostic's file for [GeneratedCode], walking all its tokens, to find nothing.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!SdkReferenceNames.MayReferenceSdk(start.Compilation))
            {
                return;
            }

            // The symbols are resolved on the first operation, once the compiler has bound the references
            // (here they would have to be bound first, and every analyzer starting would wait for it).
            var compilation = start.Compilation;
            var symbols = new Lazy<SdkSymbols?>(() => SdkSymbols.For(compilation), LazyThreadSafetyMode.PublicationOnly);
            var evaluation = CompilationPolicy.Get(start.Options, start.CancellationToken);
            start.RegisterOperationAction(
                c =>
                {
                    if (symbols.Value is { } sdk)
                    {
                        Analyze(c, sdk, evaluation);
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, SdkSymbols symbols, PolicyEvaluation evaluation)
    {
        if (SdkDecision.From(context.Operation, symbols) is not { } decision)
        {
            return;
        }

        var targets = SdkTargetResolver.Resolve(decision, evaluation.Hosts, context.CancellationToken);
        var location = context.Operation.Syntax.GetLocation();
        if (targets.Count > 1 && targets[0].IsBranch)
        {
            AnalyzeBranches(context, evaluation, decision, targets, location);
            return;
        }

        var runtimeReported = false;
        var reportedProviders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            switch (target.Outcome)
            {
                case SdkTargetOutcome.Resolved:
                    var match = target.Match!;
                    if (!reportedProviders.Contains(match.Provider.Id) && !IsReportedAtDeclaration(target)
                        && Report(context, evaluation, decision, target, new Target(match.Provider, match.Service, target.Region), match.Host, location))
                    {
                        reportedProviders.Add(match.Provider.Id);
                    }

                    break;
                case SdkTargetOutcome.Default:
                    if (DefaultProvider(evaluation, decision) is { } provider)
                    {
                        if (!reportedProviders.Contains(provider.Id) && Report(context, evaluation, decision, target, DefaultTarget(evaluation, decision, provider, target.Region), null, location))
                        {
                            reportedProviders.Add(provider.Id);
                        }
                    }
                    else if (decision.Family.Family.UnsetFrom is { } unsetFrom && !runtimeReported)
                    {
                        runtimeReported = true;
                        ReportRuntime(context, evaluation, decision, unsetFrom, null, location);
                    }

                    break;
                case SdkTargetOutcome.AnyRegion when !runtimeReported:
                    runtimeReported = true;
                    if (DefaultProvider(evaluation, decision) is not { } regionProvider || !ReportAnyRegion(context, evaluation, decision, target, regionProvider, location))
                    {
                        ReportRuntime(context, evaluation, decision, Describe(target.Source), target.Source, location);
                    }

                    break;
                case SdkTargetOutcome.Runtime when !runtimeReported:
                    runtimeReported = true;
                    ReportRuntime(context, evaluation, decision, Describe(target.Source), target.Source, location);
                    break;
            }
        }
    }

    /// <summary>
    /// Branches of which one is taken at run time (<c>?:</c>, <c>switch</c>, <c>if</c>/<c>else</c>): reported when
    /// every branch reaches a provider the policy does not allow; when only some do, the target depends on
    /// the run-time condition (SOV0003).
    /// </summary>
    private static void AnalyzeBranches(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, IReadOnlyList<SdkTarget> branches, Location location)
    {
        var disallowed = new List<(Target Target, string? Host, SdkTarget Branch)>(branches.Count);
        var allDisallowed = true;
        foreach (var branch in branches)
        {
            (Target Target, string? Host, SdkTarget Branch)? reached = branch.Outcome switch
            {
                SdkTargetOutcome.Resolved => (new Target(branch.Match!.Provider, branch.Match.Service, branch.Region), branch.Match.Host, branch),
                SdkTargetOutcome.Default when DefaultProvider(evaluation, decision) is { } provider => (DefaultTarget(evaluation, decision, provider, branch.Region), null, branch),
                _ => null,
            };
            if (reached is { } value && IsDisallowed(context, evaluation, value.Target, value.Host))
            {
                disallowed.Add(value);
            }
            else
            {
                allDisallowed = false;
            }
        }

        if (allDisallowed)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (target, host, branch) in disallowed)
            {
                if (reported.Add(target.Provider.Id))
                {
                    Report(context, evaluation, decision, branch, target, host, location);
                }
            }
        }
        else if (disallowed.Count > 0)
        {
            ReportRuntime(context, evaluation, decision, Describe(branches[0].Source), branches[0].Source, location);
        }
    }

    private static bool IsDisallowed(OperationAnalysisContext context, PolicyEvaluation evaluation, Target target, string? host)
        => !evaluation.Evaluate(target).IsAllowed && !evaluation.IsExcepted(target.Provider, host, context.Operation.Syntax.SyntaxTree.FilePath);

    /// <summary>The provider the client reaches when nothing sets its endpoint: the overload's, else the family's; null when the SDK has none.</summary>
    private static Provider? DefaultProvider(PolicyEvaluation evaluation, SdkDecision decision)
    {
        var id = decision.Family.OverloadProvider(decision.Method) ?? decision.Family.Family.ProviderId;
        return id is null ? null : evaluation.FindProvider(id);
    }

    /// <summary>What a client reaches when nothing sets its endpoint: the default provider, with the service the client speaks when the SDK catalog says.</summary>
    private static Target DefaultTarget(PolicyEvaluation evaluation, SdkDecision decision, Provider provider, string? region)
        => new(provider, decision.Family.ServiceOf(decision.ClientType, provider, evaluation.Hosts), region);

    /// <summary>
    /// A constant, field or property declared elsewhere whose literal holds the host: SOV0001 reports it once
    /// there, with this client as an additional location, so the client gets no SOV0002 of its own.
    /// </summary>
    private static bool IsReportedAtDeclaration(SdkTarget target)
        => target.Member is { } member && target.Match is { } match && SdkClientUsages.DeclaresHost(member, match.Host);

    /// <summary>
    /// A region known only at run time: reported (SOV0002) when the policy allows none of the providers the
    /// family's partitions lead to; true when reported. Otherwise the region decides, and the caller says so (SOV0003).
    /// </summary>
    private static bool ReportAnyRegion(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, SdkTarget region, Provider provider, Location location)
    {
        foreach (var reachable in SdkPartitions.ProvidersReached(decision, evaluation.Hosts))
        {
            if (evaluation.FindProvider(reachable) is not { } partitionProvider || !IsDisallowed(context, evaluation, new Target(partitionProvider, null, null), null))
            {
                return false;
            }
        }

        var finding = Finding.Of(FindingKind.SdkClientTarget, evaluation, DefaultTarget(evaluation, decision, provider, null), null) with
        {
            DecidedBy = TargetDecision.Region,
            Wording = TargetWording.AnyRegion,
            SdkFamily = decision.Family.Family.Id,
            Client = decision.ClientName,
        };
        context.ReportDiagnostic(FindingDiagnostic.Create(Descriptors.For(finding.Kind), finding, location, DecidedAt(region.Source, location)));
        return true;
    }

    /// <summary>SOV0003: the target depends on <paramref name="description"/>, a value (<paramref name="source"/>, when the code holds it) only known at run time.</summary>
    private static void ReportRuntime(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, string description, IOperation? source, Location location)
    {
        var finding = Finding.RuntimeEndpoint(evaluation, DefaultProvider(evaluation, decision)) with
        {
            SdkFamily = decision.Family.Family.Id,
            Client = decision.ClientName,
            RuntimeSource = description,
        };
        context.ReportDiagnostic(FindingDiagnostic.Create(Descriptors.For(finding.Kind), finding, location, DecidedAt(source, location)));
    }

    /// <summary>Reports SOV0002 unless the policy allows the target or an exception covers it; true when reported.</summary>
    private static bool Report(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, SdkTarget resolved, Target target, string? host, Location location)
    {
        if (Finding.Evaluate(FindingKind.SdkClientTarget, evaluation, target, host, context.Operation.Syntax.SyntaxTree.FilePath) is not { } finding)
        {
            return false;
        }

        context.ReportDiagnostic(FindingDiagnostic.Create(
            Descriptors.For(finding.Kind),
            finding with
            {
                DecidedBy = DecisionOf(resolved),
                Wording = resolved.Outcome == SdkTargetOutcome.Default ? TargetWording.SdkDefault : TargetWording.AsDescribed,
                HostPosition = HostPositionOf(resolved, location),
                SdkFamily = decision.Family.Family.Id,
                Client = decision.ClientName,
            },
            location,
            DecidedAt(resolved.Source, location)));
        return true;
    }

    private static TargetDecision DecisionOf(SdkTarget target) => target.DecidedBy switch
    {
        null => TargetDecision.Default,
        SdkValueKind.Region => TargetDecision.Region,
        SdkValueKind.UniverseDomain => TargetDecision.UniverseDomain,
        SdkValueKind.ConnectionString => TargetDecision.ConnectionString,
        _ => TargetDecision.Literal,
    };

    /// <summary>Where the host stands in the reported client expression, when the deciding value is written inside it.</summary>
    private static HostPosition? HostPositionOf(SdkTarget target, Location location)
    {
        if (target.Text is not { } text || target.Match is not { } match || target.Source?.Syntax is not { } syntax
            || syntax.SyntaxTree != location.SourceTree || !location.SourceSpan.Contains(syntax.Span))
        {
            return null;
        }

        return HostPosition.Find(syntax.ToString(), text, match.Candidate)?.Shift(syntax.SpanStart - location.SourceSpan.Start);
    }

    /// <summary>The deciding expression's location (the diagnostic's additional location), unless it is the reported one.</summary>
    private static Location? DecidedAt(IOperation? source, Location location)
    {
        if (source?.Syntax is not { } syntax)
        {
            return null;
        }

        var decidedAt = syntax.GetLocation();
        return decidedAt.Equals(location) ? null : decidedAt;
    }

    /// <summary>The unresolvable expression as written, on one line and shortened.</summary>
    private static string Describe(IOperation? source)
    {
        if (source is null)
        {
            return string.Empty;
        }

        var text = source.Syntax.ToString();
        var builder = new StringBuilder(Math.Min(text.Length, MaxSourceLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || !lastWasSpace)
            {
                builder.Append(space ? ' ' : c);
            }

            lastWasSpace = space;
            if (builder.Length >= MaxSourceLength)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }
}
