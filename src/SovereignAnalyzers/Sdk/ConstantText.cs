using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// Folds a string expression (a constant, a concatenation, an interpolation) into the text it stands
/// for, with <see cref="HostName.Hole"/> in place of each part only known at run time.
/// </summary>
internal static class ConstantText
{
    /// <summary>The folded text of <paramref name="value"/>; false when no part of it is constant.</summary>
    public static bool TryFold(IOperation value, out string text)
    {
        var builder = new StringBuilder();
        var any = Append(value, builder);
        text = builder.ToString();
        return any;
    }

    /// <summary>
    /// Appends the constant parts of a string expression, a hole for each other part; false when no part is
    /// constant. The operands of a concatenation are walked with a stack of their own, never by recursion (a
    /// chain of many thousands of <c>+</c> must not exhaust the compiler's thread stack).
    /// </summary>
    private static bool Append(IOperation root, StringBuilder builder)
    {
        var any = false;
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var value = OperationRoots.Unwrap(pending.Pop());
            if (value.ConstantValue is { HasValue: true, Value: string text })
            {
                builder.Append(text);
                any = true;
                continue;
            }

            switch (value)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    pending.Push(binary.RightOperand);
                    pending.Push(binary.LeftOperand);
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText } })
                        {
                            builder.Append(partText);
                            any = true;
                        }
                        else if (part is IInterpolationOperation { Expression.ConstantValue: { HasValue: true, Value: string constant } })
                        {
                            builder.Append(constant);
                            any = true;
                        }
                        else
                        {
                            builder.Append(HostName.Hole);
                        }
                    }

                    break;
                default:
                    builder.Append(HostName.Hole);
                    break;
            }
        }

        return any;
    }
}
