using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Policy;

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

        var evaluation = CompilationPolicy.Get(context);
        var reported = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var referenced in symbols.ReferencedAssemblies)
        {
            var family = referenced.Family;
            var name = referenced.Assembly.Identity.Name;
            if (family.IsSupportAssembly(name) || family.PublisherId is null || evaluation.FindProvider(family.PublisherId) is not { } publisher || !reported.Add(name))
            {
                continue;
            }

            var target = new Target(publisher, null, null);
            var verdict = evaluation.Evaluate(target);
            if (verdict.IsAllowed || evaluation.IsExcepted(publisher, null, null))
            {
                continue;
            }

            var alternatives = System.Array.Empty<Target>();
            var properties = FindingProperties.Create(evaluation, target, null, verdict, alternatives)
                .Add(FindingProperties.SdkFamily, family.Id)
                .Add(FindingProperties.Assembly, name);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.SdkReference,
                Location.None,
                properties,
                name,
                family.Name,
                FindingText.DescribeTarget(evaluation, target),
                FindingText.Explain(evaluation, target, verdict, alternatives)));
        }
    }
}
