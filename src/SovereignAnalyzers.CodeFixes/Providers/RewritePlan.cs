using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>One rewriting fix for one finding: text changes to one document, with its title and equivalence key.</summary>
internal sealed class RewritePlan
{
    public RewritePlan(string equivalenceKey, string title, DocumentId documentId, ImmutableArray<TextChange> changes)
    {
        EquivalenceKey = equivalenceKey;
        Title = title;
        DocumentId = documentId;
        Changes = changes;
    }

    /// <summary>Stable per rule and alternative, e.g. <c>SOV0001:outscale:cloudgouv-eu-west-1</c>: Fix All applies the same choice everywhere.</summary>
    public string EquivalenceKey { get; }

    public string Title { get; }

    /// <summary>A source document or an additional document (configuration files).</summary>
    public DocumentId DocumentId { get; }

    /// <summary>Changes against the document's text at planning time.</summary>
    public ImmutableArray<TextChange> Changes { get; }
}
