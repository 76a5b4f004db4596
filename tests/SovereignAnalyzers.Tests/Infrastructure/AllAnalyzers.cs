using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

    /// <summary>One descriptor per rule id the analyzers support, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Create()
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static bool Supports(string ruleId) => Descriptors.Any(d => d.Id == ruleId);
}
