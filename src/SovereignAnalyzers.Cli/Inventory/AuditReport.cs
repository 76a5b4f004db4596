using System;
using System.Collections.Generic;
using System.Linq;

namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>The inventory of one audit (or of several merged ones).</summary>
internal sealed class AuditReport
{
    public const int SchemaVersion = 1;

    public AuditReport(string root, string toolVersion, string catalogVersion, DateTimeOffset generatedAt, IReadOnlyList<ProjectResult> projects, IReadOnlyList<string> notes, IReadOnlyList<string> repositories)
    {
        Root = root;
        ToolVersion = toolVersion;
        CatalogVersion = catalogVersion;
        GeneratedAt = generatedAt;
        Projects = projects;
        Notes = notes;
        Repositories = repositories;
    }

    /// <summary>What was audited, as given on the command line (a solution, project or folder name).</summary>
    public string Root { get; }

    public string ToolVersion { get; }

    public string CatalogVersion { get; }

    public DateTimeOffset GeneratedAt { get; }

    public IReadOnlyList<ProjectResult> Projects { get; }

    /// <summary>Load problems that concern no single project.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The repositories of a merged inventory (empty for a single audit).</summary>
    public IReadOnlyList<string> Repositories { get; }

    public IEnumerable<Finding> Findings => Projects.SelectMany(p => p.Findings);

    public IEnumerable<Finding> Dependencies => Findings.Where(f => f.IsDependency);

    public int Count(string severity) => Findings.Count(f => string.Equals(f.Severity, severity, StringComparison.Ordinal));

    public int Count(Readiness readiness) => Dependencies.Count(f => f.Readiness == readiness);

    /// <summary>Dependencies grouped by provider, most findings first.</summary>
    public IReadOnlyList<Group> ByProvider()
        => Slice(Dependencies, f => f.ProviderId, f => f.ProviderName + (f.Jurisdiction.Length > 0 ? " (" + f.Jurisdiction + ")" : string.Empty));

    public IReadOnlyList<Group> ByJurisdiction()
        => Slice(Dependencies, f => f.Jurisdiction.Length > 0 ? f.Jurisdiction : "—", f => f.Jurisdiction.Length > 0 ? f.Jurisdiction : "—");

    public IReadOnlyList<Group> ByLaw()
        => Slice(Dependencies.SelectMany(f => f.Laws.Select(law => (law, f))), p => p.law, p => p.law, p => p.f);

    public IReadOnlyList<Group> ByProject()
        => Projects.Select(p => new Group(p.Path, p.Name, p.Findings.Where(f => f.IsDependency).ToList()))
            .ToList();

    private static List<Group> Slice(IEnumerable<Finding> findings, Func<Finding, string> key, Func<Finding, string> label)
        => Slice(findings, key, label, f => f);

    private static List<Group> Slice<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> label, Func<T, Finding> finding)
        => items.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, label(g.First()), g.Select(finding).ToList()))
            .OrderByDescending(g => g.Findings.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>A slice of the inventory with its readiness counts.</summary>
    public sealed record Group(string Key, string Label, IReadOnlyList<Finding> Findings)
    {
        public int Count(Readiness readiness) => Findings.Count(f => f.Readiness == readiness);
    }
}
