using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// The operands of a <c>+</c> expression, left to right, parentheses removed: <c>"a" + (b + "c") + $"d{e}"</c>
/// gives <c>"a"</c>, <c>b</c>, <c>"c"</c>, <c>$"d{e}"</c>; any other expression is its own single operand. Walked
/// with a stack of its own, never by recursion: a chain of many thousands of <c>+</c> (generated code) must not
/// exhaust the compiler's thread stack (1 MiB on Windows). Use it with <c>foreach</c>; it allocates only for a
/// <c>+</c>.
/// </summary>
internal struct ConcatenationOperands
{
    private ExpressionSyntax? _next;
    private Stack<ExpressionSyntax>? _pending;

    public ConcatenationOperands(ExpressionSyntax expression)
    {
        _next = expression;
        _pending = null;
        Current = expression;
    }

    public ExpressionSyntax Current { get; private set; }

    public readonly ConcatenationOperands GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            var expression = _next;
            if (expression is null)
            {
                if (_pending is null || _pending.Count == 0)
                {
                    return false;
                }

                expression = _pending.Pop();
            }

            _next = null;
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                // The left operand next, the right one after everything the left one holds.
                (_pending ??= new Stack<ExpressionSyntax>()).Push(binary.Right);
                _next = binary.Left;
                continue;
            }

            Current = expression;
            return true;
        }
    }
}
