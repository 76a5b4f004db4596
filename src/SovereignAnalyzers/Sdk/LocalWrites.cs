using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// What the code around a decision point writes to its locals before the decision, in the same method
/// (the operation tree the decision belongs to) and the same file. Writes it cannot follow (ref, out,
/// compound assignment) make a local's value unknown rather than guessed.
/// </summary>
internal sealed class LocalWrites
{
    private readonly IOperation _decision;
    private readonly SyntaxTree _tree;
    private readonly int _position;
    private IOperation? _root;

    public LocalWrites(IOperation decision)
    {
        _decision = decision;
        _tree = decision.Syntax.SyntaxTree;
        _position = decision.Syntax.SpanStart;
    }

    /// <summary>Where the decision starts in its file.</summary>
    public int Position => _position;

    /// <summary>The root of the decision's operation tree (the method body, field initialiser, …).</summary>
    public IOperation Root
    {
        get
        {
            if (_root is null)
            {
                var root = _decision;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                _root = root;
            }

            return _root;
        }
    }

    /// <summary>True when <paramref name="operation"/> starts before the decision, in its file.</summary>
    public bool IsBefore(IOperation operation)
        => operation.Syntax.SpanStart < _position && operation.Syntax.SyntaxTree == _tree;

    /// <summary>True when <paramref name="operation"/> starts after the decision ends, in its file.</summary>
    public bool IsAfter(IOperation operation)
        => operation.Syntax.SpanStart >= _decision.Syntax.Span.End && operation.Syntax.SyntaxTree == _tree;

    public bool IsInsideDecision(IOperation operation) => _decision.Syntax.Span.Contains(operation.Syntax.Span);

    /// <summary>The value last written to <paramref name="local"/> before the decision; see <see cref="LastWrite(ILocalSymbol, int, IOperation?, out bool)"/>.</summary>
    public IOperation? LastWrite(ILocalSymbol local, out bool eachOf) => LastWrite(local, _position, null, out eachOf);

    /// <summary>
    /// The value last written to a local before <paramref name="before"/> (inside <paramref name="scope"/> when
    /// given), or null when it is written in a way not followed (ref, out, compound assignment).
    /// <paramref name="eachOf"/> is true when that value is the collection a <c>foreach</c> variable walks through.
    /// </summary>
    public IOperation? LastWrite(ILocalSymbol local, int before, IOperation? scope, out bool eachOf)
    {
        IOperation? last = null;
        eachOf = false;
        foreach (var operation in (scope ?? Root).Descendants())
        {
            if (operation.Syntax.SpanStart >= before || operation.Syntax.SyntaxTree != _tree)
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    eachOf = declarator.Parent is IForEachLoopOperation;
                    last = eachOf ? ((IForEachLoopOperation)declarator.Parent!).Collection : declarator.Initializer?.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    last = assignment.Value;
                    eachOf = false;
                    break;
                case IArgumentOperation { Value: ILocalReferenceOperation passed, Parameter.RefKind: RefKind.Ref or RefKind.Out } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    return null;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
            }
        }

        return last;
    }

    /// <summary>The <c>if</c> statement, before the decision and not around it, one of whose branches holds <paramref name="write"/>.</summary>
    public IConditionalOperation? EnclosingBranch(IOperation write)
    {
        for (var current = write.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IConditionalOperation { Type: null } branching when !branching.Syntax.Span.Contains(_position):
                    return branching;
                case ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The history of a local configuration object before the decision: its last whole assignment
    /// (<paramref name="whole"/>, null for <c>T x;</c>), then the member writes and the calls that receive it
    /// after that assignment, in source order. False when the local is never assigned before the decision.
    /// </summary>
    public bool ObjectHistory(ILocalSymbol local, out IOperation? whole, out List<IOperation> writes)
    {
        whole = null;
        var wholeFound = false;
        writes = new List<IOperation>();
        foreach (var operation in Root.Descendants())
        {
            if (!IsBefore(operation))
            {
                continue;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    whole = declarator.Initializer?.Value;
                    wholeFound = true;
                    writes.Clear();
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    whole = assignment.Value;
                    wholeFound = true;
                    writes.Clear();
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when OperationRoots.RootLocal(property.Instance) is { } root && SymbolEqualityComparer.Default.Equals(root, local):
                    writes.Add(operation);
                    break;
                case IInvocationOperation invocation when !IsInsideDecision(invocation) && OperationRoots.PassesLocal(invocation, local):
                    writes.Add(operation);
                    break;
            }
        }

        return wholeFound;
    }
}
