using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// Reads back what an analyzer registered in a compilation-start action from Roslyn's own context
/// (internal state, read by reflection: the harness pins the compiler version). An action kind it does
/// not know is reported, so that the floor never silently misses a callback.
/// </summary>
internal static class RoslynActions
{
    private static readonly (string Field, string Action)[] Known =
    {
        ("_compilationEndActions", "CompilationEnd"),
        ("_compilationActions", "Compilation"),
        ("_syntaxTreeActions", "SyntaxTree"),
        ("_additionalFileActions", "AdditionalFile"),
        ("_semanticModelActions", "SemanticModel"),
        ("_symbolActions", "Symbol"),
        ("_symbolStartActions", "SymbolStart"),
        ("_codeBlockStartActions", "CodeBlockStart"),
        ("_codeBlockActions", "CodeBlock"),
        ("_operationBlockStartActions", "OperationBlockStart"),
        ("_operationBlockActions", "OperationBlock"),
        ("_syntaxNodeActions", "SyntaxNode"),
        ("_operationActions", "Operation"),
    };

    // Registered inside nested start actions (symbol, code block, operation block), which the floor registers empty.
    private static readonly string[] Nested = { "_symbolEndActions", "_codeBlockEndActions", "_operationBlockEndActions", "_compilationStartActions" };

    public static List<string> Problems { get; } = new();

    public static void Record(CompilationStartAnalysisContext context, RegistrationScope.Recorder recorder)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        try
        {
            var scope = context.GetType().GetField("_scope", Flags)?.GetValue(context)
                ?? throw new InvalidOperationException("no _scope in " + context.GetType());
            FieldInfo? boxField = null;
            for (var type = scope.GetType(); type is not null && boxField is null; type = type.BaseType)
            {
                boxField = type.GetField("_analyzerActions", Flags | BindingFlags.DeclaredOnly);
            }

            if (boxField is null)
            {
                throw new InvalidOperationException("no _analyzerActions in " + scope.GetType());
            }

            if (boxField.GetValue(scope) is not { } box)
            {
                return; // created on the first registration: nothing registered
            }

            var actions = box.GetType().GetField("Value")?.GetValue(box) ?? throw new InvalidOperationException("no actions in the box");
            foreach (var field in actions.GetType().GetFields(Flags))
            {
                if (field.GetValue(actions) is not System.Collections.IEnumerable items || field.FieldType == typeof(string))
                {
                    continue;
                }

                var list = items.Cast<object>().ToList();
                var known = Array.Find(Known, k => k.Field == field.Name).Action;
                if (known is null)
                {
                    if (list.Count > 0 && Array.IndexOf(Nested, field.Name) < 0)
                    {
                        lock (Problems)
                        {
                            Problems.Add($"{field.Name} ({list.Count}) is not replayed by the floor");
                        }
                    }

                    continue;
                }

                foreach (var item in list)
                {
                    var kinds = item.GetType().GetProperty("Kinds", Flags)?.GetValue(item) as System.Collections.IEnumerable;
                    var kindNumbers = kinds?.Cast<object>().Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    switch (known)
                    {
                        case "SyntaxNode":
                            recorder.Add(known, kindNumbers, Registration.SyntaxKindName);
                            break;
                        case "Operation":
                            recorder.Add(known, kindNumbers, Registration.OperationKindName);
                            break;
                        case "Symbol":
                            recorder.Add(known, kindNumbers, Registration.SymbolKindName);
                            break;
                        case "SymbolStart":
                            recorder.Add(known, detail: item.GetType().GetProperty("Kind", Flags)?.GetValue(item)?.ToString());
                            break;
                        default:
                            recorder.Add(known);
                            break;
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or ArgumentException)
        {
            lock (Problems)
            {
                Problems.Add("cannot read the registered actions: " + e.Message);
            }
        }
    }
}
