using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>One registered callback: the action ("SyntaxNode", "Operation", ...), its kinds, and for start actions, what they registered.</summary>
internal sealed class Registration
{
    public Registration(string action, string? detail, Func<int, string> kindName)
    {
        Action = action;
        Detail = detail;
        KindName = kindName;
    }

    public string Action { get; }

    /// <summary>The symbol kind of a symbol-start action.</summary>
    public string? Detail { get; }

    public SortedSet<int> Kinds { get; } = new();

    public Func<int, string> KindName { get; }

    public RegistrationScope? Nested { get; set; }

    /// <summary>Callback timings, when <see cref="CallbackTimer.Enabled"/> (the <c>--callback-profile</c> diagnostic mode).</summary>
    public CallbackTimer Timer { get; } = new();

    public RegistrationScope NestedScope() => Nested ??= new RegistrationScope();

    public static string SyntaxKindName(int kind) => ((SyntaxKind)kind).ToString();

    public static string OperationKindName(int kind) => ((OperationKind)kind).ToString();

    public static string SymbolKindName(int kind) => ((SymbolKind)kind).ToString();
}
