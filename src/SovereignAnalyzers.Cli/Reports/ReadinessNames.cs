using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Reports;

/// <summary>Readiness and analysis kinds as the JSON report spells them, and as people read them.</summary>
internal static class ReadinessNames
{
    public static string Json(Readiness readiness) => readiness switch
    {
        Readiness.QuickFix => "quickFix",
        Readiness.CodeChanges => "codeChanges",
        Readiness.NoAlternative => "noAlternative",
        _ => "notApplicable",
    };

    public static Readiness ParseJson(string? value) => value switch
    {
        "quickFix" => Readiness.QuickFix,
        "codeChanges" => Readiness.CodeChanges,
        "noAlternative" => Readiness.NoAlternative,
        _ => Readiness.NotApplicable,
    };

    public static string Json(AnalysisKind kind) => kind switch
    {
        AnalysisKind.Semantic => "semantic",
        AnalysisKind.Partial => "partial",
        _ => "syntaxOnly",
    };

    public static AnalysisKind ParseAnalysis(string? value) => value switch
    {
        "semantic" => AnalysisKind.Semantic,
        "partial" => AnalysisKind.Partial,
        _ => AnalysisKind.SyntaxOnly,
    };

    public static string Display(Readiness readiness) => readiness switch
    {
        Readiness.QuickFix => Text.Get(nameof(Resources.CliStrings.ReadinessQuickFix)),
        Readiness.CodeChanges => Text.Get(nameof(Resources.CliStrings.ReadinessCodeChanges)),
        Readiness.NoAlternative => Text.Get(nameof(Resources.CliStrings.ReadinessNoAlternative)),
        _ => Text.Get(nameof(Resources.CliStrings.ReadinessNotApplicable)),
    };

    public static string Display(AnalysisKind kind) => kind switch
    {
        AnalysisKind.Semantic => Text.Get(nameof(Resources.CliStrings.AnalysisSemantic)),
        AnalysisKind.Partial => Text.Get(nameof(Resources.CliStrings.AnalysisPartial)),
        _ => Text.Get(nameof(Resources.CliStrings.AnalysisSyntaxOnly)),
    };
}
