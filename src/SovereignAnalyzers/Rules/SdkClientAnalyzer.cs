using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Resources;

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
            if (SdkSymbols.For(start.Compilation) is not { } symbols)
            {
                return;
            }

            var evaluation = CompilationPolicy.Get(start);
            start.RegisterOperationAction(c => Analyze(c, symbols, evaluation), OperationKind.ObjectCreation, OperationKind.Invocation);
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
                    if (match.Provider.Id != reportedProvider && Report(context, evaluation, decision, new Target(match.Provider, match.Service, target.Region), match.Host, isDefault: false, location))
                    {
                        reportedProvider = match.Provider.Id;
                    }

                    break;
                case SdkTargetOutcome.Default:
                    if (family.ProviderId is not null && evaluation.FindProvider(family.ProviderId) is { } provider && provider.Id != reportedProvider
                        && Report(context, evaluation, decision, new Target(provider, null, target.Region), null, isDefault: true, location))
                    {
                        reportedProvider = provider.Id;
                    }

                    break;
                case SdkTargetOutcome.Runtime when !runtimeReported:
                    runtimeReported = true;
                    ReportRuntime(context, evaluation, decision, target, location);
                    break;
            }
        }
    }

    private static void ReportRuntime(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, SdkTarget target, Location location)
    {
        var family = decision.Family.Family;
        var defaultProvider = family.ProviderId is null ? null : evaluation.FindProvider(family.ProviderId);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FindingProperties.SdkFamily, family.Id)
            .Add(FindingProperties.Client, decision.ClientName)
            .Add(FindingProperties.ProviderId, defaultProvider?.Id);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SdkRuntimeEndpoint,
            location,
            properties,
            decision.ClientName,
            Describe(target.Source),
            defaultProvider is null ? LocalizedText.Format(nameof(Strings.SdkNoDefaultTarget)) : FindingText.DescribeTarget(evaluation, new Target(defaultProvider, null, null))));
    }

    /// <summary>Reports SOV0002 unless the policy allows the target or an exception covers it; true when reported.</summary>
    private static bool Report(OperationAnalysisContext context, PolicyEvaluation evaluation, SdkDecision decision, Target target, string? host, bool isDefault, Location location)
    {
        var verdict = evaluation.Evaluate(target);
        if (verdict.IsAllowed || evaluation.IsExcepted(target.Provider, host, context.Operation.Syntax.SyntaxTree.FilePath))
        {
            return false;
        }

        var alternatives = evaluation.AlternativesFor(target.Service?.Kind);
        var properties = FindingProperties.Create(evaluation, target, host, verdict, alternatives)
            .Add(FindingProperties.SdkFamily, decision.Family.Family.Id)
            .Add(FindingProperties.Client, decision.ClientName);
        var described = FindingText.DescribeTarget(evaluation, target);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SdkClientTarget,
            location,
            properties,
            decision.ClientName,
            isDefault ? LocalizedText.Format(nameof(Strings.SdkDefaultTarget), described) : described,
            FindingText.Explain(evaluation, target, verdict, alternatives)));
        return true;
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
