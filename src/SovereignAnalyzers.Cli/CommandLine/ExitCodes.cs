namespace SovereignAnalyzers.Cli.CommandLine;

/// <summary>The exit codes every command uses (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; no finding at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, an unreadable input, or a project that could not be fully analysed.</summary>
    public const int UsageOrLoadError = 2;
}
