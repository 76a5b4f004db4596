using Microsoft.CodeAnalysis;

namespace SovereignAnalyzers.PolicyLoading;

/// <summary>A problem located in a policy file, with the arguments of its rule's message.</summary>
internal sealed class PolicyProblem
{
    public PolicyProblem(PolicyProblemKind kind, Location location, params object?[] messageArguments)
    {
        Kind = kind;
        Location = location;
        MessageArguments = messageArguments;
    }

    public PolicyProblemKind Kind { get; }

    public Location Location { get; }

    public object?[] MessageArguments { get; }

    /// <summary>The diagnostic of <paramref name="rule"/>, the rule that reports problems of this kind.</summary>
    public Diagnostic ToDiagnostic(DiagnosticDescriptor rule) => Diagnostic.Create(rule, Location, MessageArguments);

    /// <summary>Where and what, in the current culture (for logs and exceptions, not for users).</summary>
    public override string ToString() => Location.GetLineSpan() + ": " + Kind + " " + string.Join(" ", MessageArguments);
}
