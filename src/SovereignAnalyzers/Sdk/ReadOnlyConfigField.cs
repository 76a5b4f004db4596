using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SovereignAnalyzers.Sdk;

/// <summary>
/// A configuration object held in a read-only field whose declaration decides the endpoint:
/// <c>private static readonly AmazonS3Config Config = new() { ServiceURL = "…" };</c>. Its clients are then
/// decided by that declaration (SOV0001 reports it there, with the clients as additional locations).
/// </summary>
/// <remarks>
/// Only fields whose every reference can be seen are read: private fields (or fields of a private or
/// file-local type), searched in their type's own files. The field counts only when its initialiser creates
/// the object with no constructor arguments and sets each endpoint setting to a constant, and when every
/// other reference to it passes it by value to the family's SDK or reads a plain property of it: an
/// assignment to the field or to one of its settings, a call on it, or handing it to other code (which
/// might change it) leaves the client decided at run time, as before.
/// </remarks>
internal static class ReadOnlyConfigField
{
    /// <summary>The object creation in <paramref name="field"/>'s initialiser when it alone decides the configuration; otherwise null.</summary>
    public static IObjectCreationOperation? Creation(IFieldSymbol field, SdkFamilySymbols family, Compilation compilation, CancellationToken cancellationToken)
    {
        field = field.OriginalDefinition;
        if (!field.IsReadOnly || field.IsConst || field.Name.Length == 0
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
            || SdkClientUsages.AccessibleOnlyIn(field) is not { } trees
            || !compilation.ContainsSyntaxTree(declarator.SyntaxTree))
        {
            return null;
        }

        if (ModelOf(compilation, declarator.SyntaxTree).GetOperation(value, cancellationToken) is not { } initial
            || OperationRoots.Unwrap(initial) is not IObjectCreationOperation creation
            || !creation.Arguments.IsEmpty || !SetsConstantEndpoint(creation, family))
        {
            return null;
        }

        foreach (var tree in trees)
        {
            if (!OnlyReadBySdk(field, tree, family, compilation, cancellationToken))
            {
                return null;
            }
        }

        return creation;
    }

    /// <summary>True when the initialiser sets at least one endpoint setting, and sets each to a constant.</summary>
    private static bool SetsConstantEndpoint(IObjectCreationOperation creation, SdkFamilySymbols family)
    {
        if (creation.Initializer is not { } initializer)
        {
            return false;
        }

        var found = false;
        foreach (var item in initializer.Initializers)
        {
            if (item is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                return false; // a nested initialiser or a collection element: not read here
            }

            if (family.MemberRule(property.Property) is not null)
            {
                if (OperationRoots.Unwrap(assignment.Value).ConstantValue is not { HasValue: true, Value: string })
                {
                    return false;
                }

                found = true;
            }
            else if (family.IsConfigType(property.Property.Type))
            {
                return false;
            }
        }

        return found;
    }

    /// <summary>True when every reference to <paramref name="field"/> in <paramref name="tree"/> hands it by value to the SDK or reads a plain property of it.</summary>
    private static bool OnlyReadBySdk(IFieldSymbol field, SyntaxTree tree, SdkFamilySymbols family, Compilation compilation, CancellationToken cancellationToken)
    {
        if (tree.GetText(cancellationToken).ToString().IndexOf(field.Name, StringComparison.Ordinal) < 0)
        {
            return true;
        }

        SemanticModel? model = null;
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != field.Name)
            {
                continue;
            }

            model ??= ModelOf(compilation, tree);
            var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
            if (symbol is null)
            {
                if (model.GetSymbolInfo(identifier, cancellationToken).CandidateSymbols.IsEmpty)
                {
                    continue; // another name that merely matches
                }

                return false; // an ambiguous or broken reference: not seen, not trusted
            }

            if (!SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, field))
            {
                continue;
            }

            var reference = FieldReferenceAt(identifier, model, cancellationToken);
            if (reference is null || !IsSdkRead(reference, family))
            {
                return false;
            }
        }

        return true;
    }

    private static IFieldReferenceOperation? FieldReferenceAt(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current is ExpressionSyntax; current = current.Parent)
        {
            if (model.GetOperation(current, cancellationToken) is { } operation)
            {
                return operation as IFieldReferenceOperation;
            }
        }

        return null;
    }

    private static bool IsSdkRead(IFieldReferenceOperation reference, SdkFamilySymbols family)
    {
        IOperation use = reference;
        while (use.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            use = use.Parent;
        }

        switch (use.Parent)
        {
            case IArgumentOperation { Parameter.RefKind: RefKind.None } argument:
                return argument.Parent switch
                {
                    IObjectCreationOperation { Constructor: { } constructor } => family.IsFamilyMethod(constructor),
                    IInvocationOperation invocation => family.IsFamilyMethod(invocation.TargetMethod),
                    _ => false,
                };
            case IPropertyReferenceOperation property when property.Instance == use:
                return !family.IsConfigType(property.Property.Type) && !IsWritten(property);
            default:
                return false;
        }
    }

    private static bool IsWritten(IOperation operation)
    {
        var parent = operation.Parent;
        return parent is IAssignmentOperation assignment && assignment.Target == operation
            || parent is IIncrementOrDecrementOperation
            || parent is IArgumentOperation { Parameter.RefKind: not RefKind.None };
    }

    private static SemanticModel ModelOf(Compilation compilation, SyntaxTree tree)
    {
        // The driver's compilation caches semantic models per tree; the field may be declared in another file.
#pragma warning disable RS1030 // the field's declaration and references may be in other files than the client
        return compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
    }
}
