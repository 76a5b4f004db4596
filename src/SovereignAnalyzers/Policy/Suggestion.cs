using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>Finds the known name closest to a misspelt one ("alow" → "allow"), for "did you mean" hints.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate at the smallest edit distance (insertions, deletions, substitutions, transpositions;
    /// case differences are free), when that distance is small for the word's length; otherwise the
    /// shortest candidate the word begins (<c>ovh</c> → <c>ovhcloud</c>); otherwise null.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var lower = word.ToLowerInvariant();
        var threshold = Math.Max(1, Math.Min(3, lower.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        var rows = new Rows();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - lower.Length) > threshold)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant(), ref rows);
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null && lower.Length >= 3)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (best is null || candidate.Length < best.Length))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).</summary>
    internal static int Distance(string a, string b)
    {
        var rows = new Rows();
        return Distance(a, b, ref rows);
    }

    /// <summary>The same, with rows reused from one candidate to the next (a policy may name thousands of ids).</summary>
    private static int Distance(string a, string b, ref Rows rows)
    {
        if (rows.Current is null || rows.Current.Length < b.Length + 1)
        {
            rows = new Rows(b.Length + 1);
        }

        var previous2 = rows.Previous2!;
        var previous = rows.Previous!;
        var current = rows.Current!;
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    /// <summary>The three rows of the distance table (their roles rotate; any order will do for the next call).</summary>
    private struct Rows
    {
        public Rows(int length)
        {
            Previous2 = new int[length];
            Previous = new int[length];
            Current = new int[length];
        }

        public int[]? Previous2;

        public int[]? Previous;

        public int[]? Current;
    }
}
