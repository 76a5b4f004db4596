using System.Collections.Generic;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>The projects' results, and load problems that concern no single project.</summary>
internal sealed record AuditOutcome(IReadOnlyList<ProjectResult> Projects, IReadOnlyList<string> Notes);
