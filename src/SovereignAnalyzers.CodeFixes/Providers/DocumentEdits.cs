using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>Applies text changes to source or additional documents of a solution.</summary>
internal static class DocumentEdits
{
    /// <summary>
    /// Applies the changes of several fixes to one document at once. Identical changes (two fixes adding
    /// the same <c>using</c>) count once; a change overlapping one already taken is left out, and its
    /// finding stays for the next run rather than producing broken text.
    /// </summary>
    public static async Task<Solution> ApplyAsync(Solution solution, DocumentId documentId, IEnumerable<TextChange> changes, CancellationToken cancellationToken)
    {
        TextDocument? document = solution.GetDocument(documentId) ?? solution.GetAdditionalDocument(documentId) ?? (TextDocument?)solution.GetAnalyzerConfigDocument(documentId);
        if (document is null)
        {
            return solution;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var merged = new List<TextChange>();
        foreach (var change in changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length))
        {
            if (merged.Count > 0)
            {
                var last = merged[merged.Count - 1];
                if (last.Span == change.Span && last.NewText == change.NewText)
                {
                    continue;
                }

                if (change.Span.Start < last.Span.End || change.Span.Start == last.Span.Start)
                {
                    continue;
                }
            }

            merged.Add(change);
        }

        if (merged.Count == 0)
        {
            return solution;
        }

        var newText = text.WithChanges(merged);
        return document switch
        {
            Document => solution.WithDocumentText(documentId, newText),
            AdditionalDocument => solution.WithAdditionalDocumentText(documentId, newText),
            _ => solution.WithAnalyzerConfigDocumentText(documentId, newText),
        };
    }
}
