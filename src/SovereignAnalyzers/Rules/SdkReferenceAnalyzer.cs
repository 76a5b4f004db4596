using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Reporting;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0005 (off by default): once per referenced assembly of a cloud SDK whose publisher the policy does
/// not allow, at the compilation level. Support assemblies that hold no client (AWSSDK.Core, Azure.Core…)
/// are not reported: the service assemblies that need them are.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkReferenceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SdkReference);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        if (SdkSymbols.For(context.Compilation) is not { } symbols)
        {
            return;
        }

        var evaluation = CompilationPolicy.Get(context.Options, context.CancellationToken);
        var reported = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var referenced in symbols.ReferencedAssemblies)
        {
            var family = referenced.Family;
            var name = referenced.Assembly.Identity.Name;
            if (family.IsSupportAssembly(name) || family.PublisherId is null || evaluation.FindProvider(family.PublisherId) is not { } publisher || !reported.Add(name))
            {
                continue;
            }

            if (Finding.Evaluate(FindingKind.SdkReference, evaluation, new Target(publisher, null, null), null, null) is { } finding)
            {
                context.ReportDiagnostic(FindingDiagnostic.Create(
                    Descriptors.For(finding.Kind),
                    finding with { SdkFamily = family.Id, SdkFamilyName = family.Name, Assembly = name },
                    Location.None));
            }
        }
    }
}
