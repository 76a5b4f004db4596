using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>Every analyzer of the SovereignAnalyzers assembly, and the rules they report.</summary>
internal static class AnalyzerSet
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(Create);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    /// <summary>The rules, by id, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules
        => Analyzers.SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static bool IsRule(string id) => id.StartsWith("SOV", StringComparison.Ordinal);

    private static ImmutableArray<DiagnosticAnalyzer> Create()
    {
        var assembly = typeof(RuleIds).Assembly;
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                        && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }
}
