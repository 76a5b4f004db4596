using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Tests.Infrastructure;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs every analyzer that reads the policy (SOV0001, SOV0900, SOV0901) on C# sources plus policy files
/// given as additional files. Markup such as <c>{|#0:...|}</c> works inside the policy text; additional
/// files keep their plain name as path ("sovereignty.json").
/// </summary>
internal static class PolicyVerifier
{
    public const string NoCode = "class C { }";

    public static DiagnosticResult InvalidPolicy(int location, string message)
        => new DiagnosticResult(Descriptors.InvalidPolicy).WithLocation(location).WithArguments(message);

    public static DiagnosticResult ExpiredException(int location, string name, string owner, string date)
        => new DiagnosticResult(Descriptors.ExpiredPolicyException).WithLocation(location).WithArguments(name, owner, date);

    /// <summary>SOV0001 at a location; its message is checked only when <paramref name="arguments"/> are given.</summary>
    public static DiagnosticResult EndpointLiteral(int location, params object[] arguments)
        => arguments.Length == 0
            ? new DiagnosticResult(Descriptors.EndpointLiteral.Id, DiagnosticSeverity.Warning).WithLocation(location)
            : new DiagnosticResult(Descriptors.EndpointLiteral).WithLocation(location).WithArguments(arguments);

    /// <summary>Verifies the diagnostics for <paramref name="source"/> under the policy file <c>sovereignty.json</c>.</summary>
    public static Task VerifyAsync(string source, string policy, params DiagnosticResult[] expected)
        => VerifyAsync(source, new[] { ("sovereignty.json", policy) }, expected);

    public static Task VerifyAsync(string source, (string Path, string Text)[] files, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<EndpointLiteralAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net100;
            TestState.AdditionalReferences.AddRange(TestReferences.CloudSdks);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => new DiagnosticAnalyzer[] { new EndpointLiteralAnalyzer(), new InvalidPolicyAnalyzer(), new ExpiredPolicyExceptionAnalyzer() };
    }
}

/// <summary>An additional file whose text cannot be read (<see cref="AdditionalText.GetText"/> returns null).</summary>
internal sealed class UnreadableAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
}
