namespace SovereignAnalyzers.Cli.Inventory;

/// <summary>What it would take to move a dependency to a provider the policy allows.</summary>
internal enum Readiness
{
    /// <summary>Not a dependency (a policy diagnostic, a file too large to scan): nothing to move.</summary>
    NotApplicable,

    /// <summary>An allowed alternative speaks the same API: the code fix (or <c>dotnet format</c>) moves it now.</summary>
    QuickFix,

    /// <summary>Allowed alternatives exist, but none is known to speak the same API: the code must change.</summary>
    CodeChanges,

    /// <summary>The policy allows no alternative for this kind of service.</summary>
    NoAlternative,
}
