using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>
/// Runs analyzers directly on a compilation (outside the verifier), for tests that look at messages in a
/// given culture, at properties, or at many runs of the same compilation.
/// </summary>
internal static class AnalyzerRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ImmutableArray<MetadataReference> _references;

    public static Task<CSharpCompilation> CompileAsync(params string[] sources)
        => CompileAsync(sources.Select((s, i) => ($"/0/Test{i}.cs", s)).ToArray());

    public static async Task<CSharpCompilation> CompileAsync(params (string Path, string Text)[] sources)
    {
        var references = await GetReferencesAsync();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text), path: s.Path));
        return CSharpCompilation.Create("Test", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, DiagnosticAnalyzer analyzer, params AdditionalText[] additionalFiles)
        => RunAsync(compilation, ImmutableArray.Create(analyzer), additionalFiles);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, params AdditionalText[] additionalFiles)
    {
        var options = new AnalyzerOptions(additionalFiles.ToImmutableArray());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("SOV", StringComparison.Ordinal) || d.Id == "AD0001").OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => await RunAsync(await CompileAsync(sources), analyzer);

    private static async Task<ImmutableArray<MetadataReference>> GetReferencesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_references.IsDefault)
            {
                var framework = await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
                _references = framework.AddRange(TestReferences.CloudSdks);
            }

            return _references;
        }
        finally
        {
            Gate.Release();
        }
    }
}
