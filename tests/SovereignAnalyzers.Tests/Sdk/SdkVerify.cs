using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Sdk;

/// <summary>Runs <see cref="SdkClientAnalyzer"/> on sources compiled against the real SDK packages (plus, for families not served here, a stand-in assembly).</summary>
internal static class SdkVerify
{
    /// <summary>
    /// SOV0002 at a markup location; the message is checked only when arguments are given (<see cref="Target(int, object[])"/>).
    /// The expression that decided the target (the diagnostic's additional location) is checked by the findings contract tests.
    /// </summary>
    public static DiagnosticResult Target(int location) => new DiagnosticResult(RuleIds.SdkClientTarget, DiagnosticSeverity.Warning).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static DiagnosticResult Target(int location, params object[] arguments) => new DiagnosticResult(Descriptors.SdkClientTarget).WithLocation(location).WithArguments(arguments).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static DiagnosticResult Runtime(int location) => new DiagnosticResult(RuleIds.SdkRuntimeEndpoint, DiagnosticSeverity.Info).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static DiagnosticResult Runtime(int location, params object[] arguments) => new DiagnosticResult(Descriptors.SdkRuntimeEndpoint).WithLocation(location).WithArguments(arguments).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static Task Run(string source, params DiagnosticResult[] expected) => Create(source, expected).RunAsync();

    public static AnalyzerVerifier<SdkClientAnalyzer>.Test Create(string source, params DiagnosticResult[] expected)
        => AnalyzerVerifier<SdkClientAnalyzer>.Create(source, expected);

    /// <summary>Adds a stand-in assembly named like the real package's assembly, referenced by the test project.</summary>
    public static TTest WithStandIn<TTest>(this TTest test, string assemblyName, string source)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        var project = test.TestState.AdditionalProjects[assemblyName];
        project.Sources.Add(("/" + assemblyName + "/StandIn.cs", source));
        project.AdditionalReferences.AddRange(TestReferences.CloudSdks);
        test.TestState.AdditionalProjectReferences.Add(assemblyName);
        return test;
    }

    /// <summary>
    /// Compiles <paramref name="source"/> (errors allowed) against .NET 10 and the real SDKs, runs every
    /// sovereignty analyzer, and returns all diagnostics, analyzer exceptions (AD0001) included.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeBrokenAsync(string source, params (string Name, string Source)[] standIns)
        => AnalyzeBrokenAsync(source, enableSdkReference: true, standIns);

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeBrokenAsync(string source, bool enableSdkReference, params (string Name, string Source)[] standIns)
    {
        var references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.CloudSdks);
        foreach (var standIn in standIns)
        {
            var standInCompilation = CSharpCompilation.Create(standIn.Name, new[] { CSharpSyntaxTree.ParseText(standIn.Source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            references = references.Add(standInCompilation.ToMetadataReference());
        }

        var compilation = CSharpCompilation.Create("Broken", new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SdkClientAnalyzer(), new EndpointLiteralAnalyzer(), new SdkReferenceAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var specific = enableSdkReference ? ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(RuleIds.SdkReference, ReportDiagnostic.Warn) : ImmutableDictionary<string, ReportDiagnostic>.Empty;
        var withAnalyzers = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific)).WithAnalyzers(analyzers, options);
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }
}
