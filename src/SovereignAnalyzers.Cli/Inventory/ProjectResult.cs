using System.Collections.Generic;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>One project's part of the inventory.</summary>
internal sealed class ProjectResult
{
    public ProjectResult(string name, string path, AnalysisKind analysis, IReadOnlyList<string> notes, IReadOnlyList<Finding> findings, string repository = "")
    {
        Name = name;
        Path = path;
        Analysis = analysis;
        Notes = notes;
        Findings = findings;
        Repository = repository;
    }

    public string Name { get; }

    /// <summary>The project file, relative to the audited folder.</summary>
    public string Path { get; }

    public AnalysisKind Analysis { get; }

    /// <summary>Why the analysis was partial or syntax-only, and load warnings worth reading.</summary>
    public IReadOnlyList<string> Notes { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>In a merged inventory, the repository (report) the project comes from; empty otherwise.</summary>
    public string Repository { get; }
}
