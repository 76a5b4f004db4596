using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>What the analyzer assembly ships: every analyzer it declares and every rule they support.</summary>
internal static class ShippedAnalyzers
{
    public static Assembly Assembly => typeof(EndpointLiteralAnalyzer).Assembly;

    /// <summary>An instance of every non-abstract <see cref="DiagnosticAnalyzer"/> marked [DiagnosticAnalyzer] in the assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>One descriptor per rule id, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = All
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static bool Supports(string ruleId) => Descriptors.Any(d => d.Id == ruleId);
}

/// <summary>
/// A fact that runs only once the analyzers support <paramref name="ruleId"/> (read from their
/// SupportedDiagnostics at discovery time), and is reported as skipped with the reason otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringRuleAttribute : FactAttribute
{
    public FactRequiringRuleAttribute(string ruleId, string because)
    {
        if (!ShippedAnalyzers.Supports(ruleId))
        {
            Skip = $"{ruleId} is not among the SupportedDiagnostics of the analyzers in SovereignAnalyzers.dll yet; {because}";
        }
    }
}
