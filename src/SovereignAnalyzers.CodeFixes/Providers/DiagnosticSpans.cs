using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>Where a diagnostic's span lies in a document's current text.</summary>
internal static class DiagnosticSpans
{
    /// <summary>
    /// The diagnostic's span in <paramref name="current"/>. A diagnostic computed on an earlier version of
    /// the document (a solution-wide run fixing one rule after another) is moved past the edits made
    /// before it; null when an edit touched the span itself or the span no longer fits.
    /// </summary>
    public static TextSpan? Current(Diagnostic diagnostic, SourceText current) => Current(diagnostic.Location, current);

    /// <summary>Where <paramref name="location"/> (a diagnostic's own or additional location) lies in <paramref name="current"/>, as above.</summary>
    public static TextSpan? Current(Location location, SourceText current)
    {
        var span = location.SourceSpan;
        if (location.SourceTree is { } tree && tree.TryGetText(out var original) && original != current && !original.ContentEquals(current))
        {
            var shift = 0;
            foreach (var range in current.GetChangeRanges(original))
            {
                if (range.Span.End <= span.Start)
                {
                    shift += range.NewLength - range.Span.Length;
                }
                else if (range.Span.Start < span.End)
                {
                    return null;
                }
            }

            span = new TextSpan(span.Start + shift, span.Length);
        }

        return span.End <= current.Length ? span : null;
    }
}
