namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>How far a project could be analysed.</summary>
internal enum AnalysisKind
{
    /// <summary>Loaded and compiled without errors: every rule ran with full semantic information.</summary>
    Semantic,

    /// <summary>Loaded, but the compilation has errors (missing references, generated code): SDK findings may be missing.</summary>
    Partial,

    /// <summary>Could not be loaded or restored: only endpoint strings in its C# files and its configuration files were scanned.</summary>
    SyntaxOnly,
}
