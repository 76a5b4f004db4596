using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>Every analyzer the package ships, found by reflection so that new rules are included automatically.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create()
        => typeof(SovereignAnalyzers.Rules.EndpointLiteralAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
