using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Rules;

namespace SovereignAnalyzers.Tests.Findings;

/// <summary>
/// A fix written from the findings contract alone, as the code fixes are: it replaces the text at
/// <c>hostStart</c>/<c>hostLength</c> with the host of the first <c>alternativeEndpoints</c> entry, without
/// analysing anything again. It exists to prove the contract carries what a fix needs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
[Shared]
internal sealed class HostReplacementFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.EndpointLiteral, RuleIds.SdkClientTarget);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(FindingProperties.HostStart, out var start) || !properties.TryGetValue(FindingProperties.HostLength, out var length)
                || properties[FindingProperties.AlternativeEndpoints] is not { Length: > 0 } alternatives
                || !Uri.TryCreate(alternatives.Split(';')[0].Split('|')[2], UriKind.Absolute, out var endpoint))
            {
                continue;
            }

            var span = new TextSpan(diagnostic.Location.SourceSpan.Start + int.Parse(start!), int.Parse(length!));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + endpoint.Host,
                    async cancellationToken =>
                    {
                        var text = await context.Document.GetTextAsync(cancellationToken);
                        return context.Document.WithText(text.WithChanges(new TextChange(span, endpoint.Host)));
                    },
                    equivalenceKey: "host"),
                diagnostic);
        }

        return Task.CompletedTask;
    }
}
