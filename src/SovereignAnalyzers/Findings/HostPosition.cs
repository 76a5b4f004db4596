using System;
using SovereignAnalyzers.Endpoints;

namespace SovereignAnalyzers.Findings;

/// <summary>Where a host is written in the text a diagnostic is reported on (the <c>hostStart</c>/<c>hostLength</c> properties).</summary>
internal readonly record struct HostPosition(int Start, int Length)
{
    /// <summary>
    /// The position of <paramref name="candidate"/>'s host in <paramref name="written"/>, the reported text as it
    /// stands in the file, when the host is written there literally and once: the analysed text is the value
    /// the program sees (escapes decoded, holes for the parts only known at run time), so the host is looked up
    /// as it reads there. Null for an ARN partition or a scheme, a host with a hole, a host not written as such
    /// (an escape inside it) and a host written twice (which one decided cannot be told).
    /// </summary>
    public static HostPosition? Find(string written, string analysed, EndpointCandidate candidate)
    {
        if (candidate.Form is EndpointForm.Arn or EndpointForm.Scheme
            || candidate.Length <= 0 || candidate.Start < 0 || candidate.Start + candidate.Length > analysed.Length)
        {
            return null;
        }

        var host = analysed.Substring(candidate.Start, candidate.Length);
        if (host.IndexOf(HostName.Hole) >= 0)
        {
            return null;
        }

        var first = written.IndexOf(host, StringComparison.Ordinal);
        if (first < 0 || written.IndexOf(host, first + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return new HostPosition(first, host.Length);
    }

    /// <summary>The same position counted from an earlier start (the reported span starts <paramref name="offset"/> characters before the text searched).</summary>
    public HostPosition Shift(int offset) => new(Start + offset, Length);
}
