using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>Runs the analyzers on one project and turns their diagnostics into findings.</summary>
internal static class ProjectAnalysis
{
    private const int ErrorsQuoted = 3;

    public static async Task<ProjectResult> RunAsync(
        string name,
        string projectPath,
        string rootFolder,
        AnalysisKind kind,
        ProjectInput input,
        CancellationToken cancellationToken)
    {
        var notes = new List<string>(input.Notes);
        var analyzerFailures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(input.AdditionalFiles, input.Options),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (analyzerFailures)
                {
                    analyzerFailures.Add(analyzer.GetType().Name + ": " + exception.Message);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var withAnalyzers = input.Compilation.WithAnalyzers(AnalyzerSet.Analyzers, options);
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var findings = new List<Finding>();
        var errors = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (AnalyzerSet.IsRule(diagnostic.Id))
            {
                if (diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.IsSuppressed)
                {
                    findings.Add(ToFinding(diagnostic, rootFolder));
                }
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("AD", StringComparison.Ordinal))
            {
                analyzerFailures.Add(diagnostic.GetMessage(Text.Language));
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error && kind != AnalysisKind.SyntaxOnly)
            {
                errors.Add(diagnostic);
            }
        }

        if (errors.Count > 0)
        {
            kind = AnalysisKind.Partial;
            notes.Add(Text.Format(nameof(CliStrings.NoteCompileErrors), errors.Count,
                string.Join("; ", errors.Take(ErrorsQuoted).Select(e => e.Id + " " + e.GetMessage(Text.Language)))));
        }

        if (analyzerFailures.Count > 0)
        {
            kind = kind == AnalysisKind.Semantic ? AnalysisKind.Partial : kind;
            notes.Add(Text.Format(nameof(CliStrings.NoteAnalyzerFailed), string.Join("; ", analyzerFailures.Distinct())));
        }

        findings.Sort(CompareFindings);
        return new ProjectResult(name, Relative(rootFolder, projectPath), kind, notes, findings);
    }

    public static string Relative(string rootFolder, string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var relative = Path.GetRelativePath(rootFolder, path);
        return relative.Replace('\\', '/');
    }

    private static Finding ToFinding(Diagnostic diagnostic, string rootFolder)
    {
        FindingLocation? location = null;
        if (diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (span.IsValid && !string.IsNullOrEmpty(span.Path))
            {
                location = new FindingLocation(
                    Relative(rootFolder, span.Path),
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1);
            }
        }

        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in diagnostic.Properties)
        {
            if (pair.Value is not null)
            {
                properties[pair.Key] = pair.Key == "policyFile" && pair.Value.Length > 0 ? Relative(rootFolder, pair.Value) : pair.Value;
            }
        }

        return new Finding(
            diagnostic.Id,
            SeverityName(diagnostic.Severity),
            diagnostic.GetMessage(Text.Language),
            diagnostic.Descriptor.HelpLinkUri,
            location,
            properties);
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static int CompareFindings(Finding a, Finding b)
    {
        var byPath = string.CompareOrdinal(a.Location?.Path, b.Location?.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byLine = (a.Location?.StartLine ?? 0).CompareTo(b.Location?.StartLine ?? 0);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = (a.Location?.StartColumn ?? 0).CompareTo(b.Location?.StartColumn ?? 0);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(a.RuleId, b.RuleId);
    }
}
