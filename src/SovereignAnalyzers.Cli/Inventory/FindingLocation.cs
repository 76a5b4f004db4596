namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>Where a finding is: a path relative to the audited folder ('/'-separated), 1-based lines and columns.</summary>
internal sealed record FindingLocation(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn);
