using System.Collections.Generic;
using SovereignAnalyzers.Cli.Inventory;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// The projects' results, and load problems that concern no single project. <see cref="BuildHostFailed"/>: the
/// design-time build host stopped answering (an overloaded machine), so the load is worth one more try.
/// </summary>
internal sealed record AuditOutcome(IReadOnlyList<ProjectResult> Projects, IReadOnlyList<string> Notes, bool BuildHostFailed);
