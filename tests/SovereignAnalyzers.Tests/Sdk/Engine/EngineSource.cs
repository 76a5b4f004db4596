using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Sdk;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Sdk.Engine;

/// <summary>
/// A compiled test source (against the real cloud SDKs) with helpers to reach the operations the SDK
/// engine's pieces take: a decision point, the value of a local's declaration, a local symbol.
/// </summary>
internal sealed class EngineSource
{
    private readonly SemanticModel _model;

    private EngineSource(Compilation compilation)
    {
        Compilation = compilation;
        _model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
    }

    public Compilation Compilation { get; }

    public static async Task<EngineSource> CompileAsync(string source)
    {
        var compilation = await AnalyzerRunner.CompileAsync(source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return new EngineSource(compilation);
    }

    /// <summary>Every SDK decision point of the source, in source order.</summary>
    public IReadOnlyList<SdkDecision> Decisions()
    {
        var symbols = SdkSymbols.For(Compilation) ?? throw new InvalidOperationException("No SDK is referenced.");
        return Operations().Select(o => SdkDecision.From(o, symbols)).OfType<SdkDecision>().ToList();
    }

    /// <summary>The creation of the type named <paramref name="typeName"/> (a marker standing for a decision point).</summary>
    public IObjectCreationOperation Creation(string typeName)
        => Operations().OfType<IObjectCreationOperation>().Single(o => o.Type?.Name == typeName);

    /// <summary>The call of the method named <paramref name="methodName"/>.</summary>
    public IInvocationOperation Invocation(string methodName)
        => Operations().OfType<IInvocationOperation>().Single(o => o.TargetMethod.Name == methodName);

    /// <summary>The initial value of the local declared as <paramref name="name"/> (<c>var name = …;</c>).</summary>
    public IOperation InitialValue(string name)
    {
        var declarator = Root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(d => d.Identifier.Text == name);
        return _model.GetOperation(declarator.Initializer!.Value) ?? throw new InvalidOperationException(name);
    }

    /// <summary>The local declared as <paramref name="name"/>.</summary>
    public ILocalSymbol Local(string name)
    {
        var declarator = Root.DescendantNodes().Single(n => n is VariableDeclaratorSyntax d && d.Identifier.Text == name || n is ForEachStatementSyntax f && f.Identifier.Text == name);
        return (ILocalSymbol)_model.GetDeclaredSymbol(declarator)!;
    }

    /// <summary>The source text of an operation, to assert on.</summary>
    public static string TextOf(IOperation? operation) => operation?.Syntax.ToString() ?? "(none)";

    private SyntaxNode Root => Compilation.SyntaxTrees.Single().GetRoot();

    /// <summary>The operations of every method body, in source order.</summary>
    private IEnumerable<IOperation> Operations()
        => Root.DescendantNodes().OfType<BaseMethodDeclarationSyntax>()
            .Select(m => _model.GetOperation(m))
            .OfType<IOperation>()
            .SelectMany(o => o.DescendantsAndSelf())
            .OrderBy(o => o.Syntax.SpanStart);
}
