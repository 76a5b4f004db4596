using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using SovereignAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>
/// Runs a code-fix provider on diagnostics that carry given contract properties, in a workspace built
/// here: tests of what a fix does with each property, independent of how the analyzers compute them.
/// </summary>
internal sealed class ContractFixHarness
{
    private static readonly DiagnosticDescriptor[] Descriptors =
    {
        new("SOV0001", "endpoint", "endpoint", "Sovereignty", DiagnosticSeverity.Warning, true),
        new("SOV0002", "client", "client", "Sovereignty", DiagnosticSeverity.Warning, true),
        new("SOV0004", "configuration", "configuration", "Sovereignty", DiagnosticSeverity.Warning, true),
    };

    private readonly AdhocWorkspace workspace;

    public ContractFixHarness(params (string Name, string Text)[] documents)
        : this(Array.Empty<MetadataReference>(), documents)
    {
    }

    /// <param name="workspaceKind">The host the fixes run in: an IDE-like workspace by default; <see cref="WorkspaceKind.MSBuild"/> is what dotnet format opens.</param>
    public ContractFixHarness(string workspaceKind, params (string Name, string Text)[] documents)
        : this(Array.Empty<MetadataReference>(), documents, workspaceKind)
    {
    }

    private ContractFixHarness(IEnumerable<MetadataReference> references, (string Name, string Text)[] documents, string workspaceKind = WorkspaceKind.Host)
    {
        workspace = new AdhocWorkspace(Microsoft.CodeAnalysis.Host.Mef.MefHostServices.DefaultHost, workspaceKind);
        var info = ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "App", "App", LanguageNames.CSharp,
            filePath: Path.Combine(Root, "App", "App.csproj"),
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: references);
        var project = workspace.CurrentSolution.AddProject(info).GetProject(info.Id)!;
        foreach (var (name, text) in documents)
        {
            var path = Path.Combine(Root, "App", name);
            project = name.EndsWith(".cs", StringComparison.Ordinal)
                ? project.AddDocument(name, SourceText.From(text), filePath: path).Project
                : project.AddAdditionalDocument(name, SourceText.From(text), filePath: path).Project;
        }

        Solution = project.Solution;
        ProjectId = project.Id;
    }

    /// <summary>A project compiled against .NET 10 and the real cloud SDK assemblies (semantic fixes need them).</summary>
    public static async Task<ContractFixHarness> WithCloudSdksAsync(params (string Name, string Text)[] documents)
    {
        var framework = await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return new ContractFixHarness(framework.Concat(TestReferences.CloudSdks), documents);
    }

    /// <summary>The compiler errors of the project as it is in <paramref name="solution"/>.</summary>
    public async Task<IReadOnlyList<Diagnostic>> CompilerErrorsAsync(Solution solution)
    {
        var compilation = await solution.GetProject(ProjectId)!.GetCompilationAsync();
        return compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "contract-fix");

    public Solution Solution { get; }

    public ProjectId ProjectId { get; }

    public Project Project => Solution.GetProject(ProjectId)!;

    public static string PolicyPath => Path.Combine(Root, "App", "sovereignty.json");

    /// <summary>A diagnostic located on the first occurrence of <paramref name="spanText"/> in a document, the host's position computed from it.</summary>
    /// <param name="decidedAt">Text of the same document whose first occurrence is the diagnostic's additional location (what decided an SDK client's target).</param>
    public async Task<Diagnostic> DiagnosticAsync(string id, string documentName, string spanText, string host, Dictionary<string, string?> properties, int occurrence = 0, string? decidedAt = null)
    {
        var document = Project.Documents.Cast<TextDocument>().Concat(Project.AdditionalDocuments).Single(d => d.Name == documentName);
        var text = (await document.GetTextAsync()).ToString();
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(spanText, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{spanText}' not found in {documentName}");
        var span = new TextSpan(start, spanText.Length);
        var all = new Dictionary<string, string?>(properties) { ["host"] = host };
        var hostOffset = spanText.IndexOf(host, StringComparison.OrdinalIgnoreCase);
        if (hostOffset >= 0 && !all.ContainsKey("hostStart"))
        {
            all["hostStart"] = hostOffset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            all["hostLength"] = host.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var location = document is Document source
            ? Location.Create((await source.GetSyntaxTreeAsync())!, span)
            : Location.Create(document.FilePath!, span, (await document.GetTextAsync()).Lines.GetLinePositionSpan(span));
        var additional = new List<Location>();
        if (decidedAt is not null && document is Document decidingSource)
        {
            var at = text.IndexOf(decidedAt, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{decidedAt}' not found in {documentName}");
            additional.Add(Location.Create((await decidingSource.GetSyntaxTreeAsync())!, new TextSpan(at, decidedAt.Length)));
        }

        return Diagnostic.Create(Descriptors.Single(d => d.Id == id), location, additional, all.ToImmutableDictionary());
    }

    public async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var document = Project.GetDocument(diagnostic.Location.SourceTree)
            ?? (TextDocument)Project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var context = new CodeFixContext(document, diagnostic.Location.SourceSpan, ImmutableArray.Create(diagnostic), (a, _) => actions.Add(a), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    public static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>Fix All in <paramref name="scope"/> over <paramref name="diagnostics"/> with <paramref name="equivalenceKey"/> (null: as dotnet format asks).</summary>
    public async Task<Solution> FixAllAsync(CodeFixProvider provider, FixAllScope scope, string? equivalenceKey, params Diagnostic[] diagnostics)
    {
        var fixAll = provider.GetFixAllProvider()!;
        var document = scope == FixAllScope.Document ? Project.GetDocument(diagnostics[0].Location.SourceTree) : null;
        var context = document is not null
            ? new FixAllContext(document, provider, scope, equivalenceKey, provider.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None)
            : new FixAllContext(Project, provider, scope, equivalenceKey, provider.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(action!);
    }

    public static async Task<string> TextAsync(Solution solution, string name)
    {
        var document = solution.Projects.SelectMany(p => p.Documents.Cast<TextDocument>().Concat(p.AdditionalDocuments)).Single(d => d.Name == name);
        return (await document.GetTextAsync()).ToString();
    }

    private sealed class Diagnostics(Diagnostic[] all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(all.Where(d => d.Location.SourceTree is { } tree && document.FilePath == tree.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(all.Where(d => !d.Location.IsInSource));
    }
}
