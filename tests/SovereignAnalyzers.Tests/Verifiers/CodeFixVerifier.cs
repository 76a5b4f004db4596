using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer and a code fix on test sources compiled against .NET 10 and the real cloud SDKs: the
/// diagnostics must be the expected ones, and applying the fix (one diagnostic at a time, and Fix All in
/// document, project and solution) must give the fixed sources and additional files exactly.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A diagnostic of <paramref name="descriptor"/>; its message is checked once arguments are given (<c>WithArguments</c>).</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>A diagnostic checked by id, severity and location only.</summary>
    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning) => new(id, severity);

    /// <summary>A test of <paramref name="source"/> fixed into <paramref name="fixedSource"/>; add policy or configuration files with <see cref="Test.WithAdditionalFile"/>.</summary>
    public static Test Create(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected) => Create(source, fixedSource, expected).RunAsync();

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net100;
            TestState.AdditionalReferences.AddRange(TestReferences.CloudSdks);
        }

        /// <summary>
        /// An additional file (a policy, a configuration file) before and after the fix; markup such as
        /// <c>{|#0:…|}</c> works in <paramref name="text"/>. Its path is the plain name given here.
        /// </summary>
        public Test WithAdditionalFile(string path, string text, string? fixedText = null)
        {
            TestState.AdditionalFiles.Add((path, text));
            FixedState.AdditionalFiles.Add((path, fixedText ?? text));
            return this;
        }

        /// <summary>
        /// For a fix after which the diagnostic stays (e.g. one that adds a policy exception to fill in):
        /// the fixed state may hold markup for the remaining diagnostics, and each pass applies one fix.
        /// </summary>
        public Test WithRemainingDiagnostics(params DiagnosticResult[] remaining)
        {
            FixedState.MarkupHandling = MarkupMode.Allow;
            FixedState.ExpectedDiagnostics.AddRange(remaining);
            NumberOfIncrementalIterations = 1;
            NumberOfFixAllIterations = 1;
            return this;
        }

        /// <summary>For a Fix All whose fixes span several documents: two passes in each document.</summary>
        public Test WithFixAllAcrossDocuments()
        {
            NumberOfFixAllInDocumentIterations = 2;
            return this;
        }
    }
}
