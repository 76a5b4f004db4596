using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>Where the expression that decided a client's target is written (a finding's first additional location), in the current solution.</summary>
internal sealed class DecidingWrite
{
    public DecidingWrite(Document document, TextSpan span)
    {
        Document = document;
        Span = span;
    }

    public Document Document { get; }

    public TextSpan Span { get; }
}
