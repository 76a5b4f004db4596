using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Architecture;

/// <summary>
/// What the source files of each folder of a project refer to, found by the compiler (every name and every
/// expression type bound to its symbol), not by reading the text: the folders they use, and the uses of
/// Microsoft.CodeAnalysis.
/// </summary>
internal sealed class FolderDependencies
{
    /// <summary>The folder name standing for files at the project's root.</summary>
    public const string RootFolder = ".";

    private FolderDependencies(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges, IReadOnlyDictionary<string, IReadOnlyList<string>> roslynUses)
    {
        Edges = edges;
        RoslynUses = roslynUses;
    }

    /// <summary>For each folder, the other folders it uses, each with one example (<c>file(line): name</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges { get; }

    /// <summary>For each folder, its uses of Microsoft.CodeAnalysis (<c>file(line): name</c>), at most one per name and file.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RoslynUses { get; }

    /// <summary>The analyzer project's sources, compiled with a stand-in for the <c>Strings</c> class the build generates from Strings.resx.</summary>
    public static async Task<FolderDependencies> OfAnalyzerAsync()
    {
        var project = RepositoryPaths.Get("src", "SovereignAnalyzers");
        var sources = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(project, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(Path.Combine(project, path))))
            .Append(("Resources/Strings.Designer.cs", StringsStandIn(Path.Combine(project, "Resources", "Strings.resx"))))
            .ToList();
        return await OfAsync(sources);
    }

    /// <summary>The dependencies of <paramref name="sources"/> (paths relative to the project), which must compile without error.</summary>
    public static async Task<FolderDependencies> OfAsync(IReadOnlyList<(string Path, string Text)> sources)
    {
        var framework = await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var roslyn = new[] { typeof(SyntaxNode).Assembly, typeof(CSharpSyntaxNode).Assembly }
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location));
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), path: s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "Layers",
            trees,
            framework.AddRange(roslyn),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        Assert.True(errors.Count == 0, "The sources must compile for their names to be bound:" + Environment.NewLine + string.Join(Environment.NewLine, errors));

        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var roslynUses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var folder = FolderOf(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var symbol in SymbolsOf(node, model))
                {
                    var where = $"{tree.FilePath}({node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {node}";
                    if (IsRoslyn(symbol))
                    {
                        if (seen.Add("roslyn " + symbol.ToDisplayString()))
                        {
                            Add(roslynUses, folder, where);
                        }
                    }
                    else if (SourceFolderOf(symbol) is { } used && used != folder)
                    {
                        if (!edges.TryGetValue(folder, out var targets))
                        {
                            edges[folder] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                        }

                        targets.TryAdd(used, where);
                    }
                }
            }
        }

        return new FolderDependencies(
            edges.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal),
            roslynUses.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>Every cycle between folders, each as the folders in order (the first repeated at the end).</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in Edges.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            Visit(start, start, path, cycles, reported);
        }

        return cycles;
    }

    /// <summary>The example use behind the edge <paramref name="from"/> → <paramref name="to"/>, or null.</summary>
    public string? Example(string from, string to)
        => Edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var example) ? example : null;

    private void Visit(string start, string current, List<string> path, List<string> cycles, HashSet<string> reported)
    {
        if (!Edges.TryGetValue(current, out var targets))
        {
            return;
        }

        foreach (var next in targets.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (next == start)
            {
                // One report per cycle, whichever folder it is found from.
                var key = string.Join(">", path.OrderBy(f => f, StringComparer.Ordinal));
                if (reported.Add(key))
                {
                    cycles.Add(string.Join(" -> ", path.Append(start)) + " (" + string.Join("; ", path.Append(start).Zip(path.Skip(1).Append(start), (a, b) => Example(a, b))) + ")");
                }
            }
            else if (!path.Contains(next) && string.CompareOrdinal(next, start) > 0)
            {
                path.Add(next);
                Visit(start, next, path, cycles, reported);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static IEnumerable<ISymbol> SymbolsOf(SyntaxNode node, SemanticModel model)
    {
        if (node is SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax)
        {
            var info = model.GetSymbolInfo(node);
            if (info.Symbol is { } symbol)
            {
                yield return symbol;
            }
            else
            {
                foreach (var candidate in info.CandidateSymbols)
                {
                    yield return candidate;
                }
            }
        }

        if (node is ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression);
            if (type.Type is { } actual)
            {
                yield return actual;
            }

            if (type.ConvertedType is { } converted)
            {
                yield return converted;
            }
        }
    }

    private static bool IsRoslyn(ISymbol symbol)
    {
        var ns = symbol as INamespaceSymbol ?? symbol.ContainingNamespace;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (current.Name == "CodeAnalysis" && current.ContainingNamespace is { Name: "Microsoft" } parent && parent.ContainingNamespace.IsGlobalNamespace)
            {
                return true;
            }
        }

        return symbol is ITypeSymbol type && type.ContainingAssembly?.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true;
    }

    /// <summary>The folder of the source file that declares <paramref name="symbol"/> (its type's, for a member), or null when it comes from metadata.</summary>
    private static string? SourceFolderOf(ISymbol symbol)
    {
        var declared = symbol switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol named => named.OriginalDefinition,
            ITypeSymbol type => type,
            INamespaceSymbol => null,
            ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol => null,
            _ => symbol.ContainingType?.OriginalDefinition ?? (ISymbol?)symbol,
        };
        var location = declared?.Locations.FirstOrDefault(l => l.IsInSource);
        return location is null ? null : FolderOf(location.SourceTree!.FilePath);
    }

    private static string FolderOf(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? RootFolder : path.Substring(0, slash);
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<string>();
        }

        list.Add(value);
    }

    /// <summary>A stand-in for the generated <c>Strings</c> class: a string property per resource of Strings.resx.</summary>
    private static string StringsStandIn(string resx)
    {
        var names = XDocument.Load(resx).Root!.Elements("data").Select(e => (string)e.Attribute("name")!);
        return "namespace SovereignAnalyzers.Resources;\n"
            + "internal static class Strings\n{\n"
            + "    internal static System.Resources.ResourceManager ResourceManager => null!;\n"
            + string.Concat(names.Select(n => $"    internal static string {n} => null!;\n"))
            + "}\n";
    }
}
