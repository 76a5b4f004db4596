using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Reporting;

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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!SdkSymbols.MayReferenceSdk(start.Compilation))
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
        var family = decision.Family.Family;
        var location = context.Operation.Syntax.GetLocation();
        var runtimeReported = false;
        string? reportedProvider = null;
        foreach (var target in targets)
        {
            switch (target.Outcome)
            {
                case SdkTargetOutcome.Resolved:
                    var match = target.Match!;
                    if (match.Provider.Id != reportedProvider && Report(context, evaluation, decision, target, new Target(match.Provider, match.Service, target.Region), match.Host, location))
                    {
                        reportedProvider = match.Provider.Id;
                    }

                    break;
                case SdkTargetOutcome.Default:
                    if (family.ProviderId is not null && evaluation.FindProvider(family.ProviderId) is { } provider && provider.Id != reportedProvider
                        && Report(context, evaluation, decision, target, new Target(provider, null, target.Region), null, location))
                    {
                        reportedProvider = provider.Id;
                    }

                    break;
                case SdkTargetOutcome.Runtime when !runtimeReported:
                    runtimeReported = true;
                    var defaultProvider = family.ProviderId is null ? null : evaluation.FindProvider(family.ProviderId);
                    var runtime = Finding.RuntimeEndpoint(evaluation, defaultProvider) with
                    {
                        SdkFamily = family.Id,
                        Client = decision.ClientName,
                        RuntimeSource = Describe(target.Source),
                    };
                    context.ReportDiagnostic(FindingDiagnostic.Create(runtime, location, DecidedAt(target.Source, location)));
                    break;
            }
        }
    }

    /// <summary>Reports SOV0002 unless the policy allows the target or an exception covers it; true when reported.</summary>
    private static bool Report(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, SdkTarget resolved, Target target, string? host, Location location)
    {
        if (Finding.Evaluate(FindingKind.SdkClientTarget, evaluation, target, host, context.Operation.Syntax.SyntaxTree.FilePath) is not { } finding)
        {
            return false;
        }

        context.ReportDiagnostic(FindingDiagnostic.Create(
            finding with
            {
                DecidedBy = DecisionOf(resolved),
                IsSdkDefault = resolved.Outcome == SdkTargetOutcome.Default,
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
        var builder = new System.Text.StringBuilder(System.Math.Min(text.Length, MaxSourceLength + 1));
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
