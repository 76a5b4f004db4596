namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>
/// A fact that runs only once the analyzers support <c>ruleId</c> (read from their SupportedDiagnostics at
/// discovery time), and is reported as skipped, with the reason, otherwise: never a silent pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringRuleAttribute : FactAttribute
{
    public FactRequiringRuleAttribute(string ruleId, string because)
    {
        if (!AllAnalyzers.Supports(ruleId))
        {
            Skip = $"{ruleId} is not among the SupportedDiagnostics of the analyzers in SovereignAnalyzers.dll yet; {because}";
        }
    }
}
