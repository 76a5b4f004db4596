using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Catalog;

namespace SovereignAnalyzers.Sdk;

/// <summary>A value that sets the target: a text, or a run-time value; several for a loop over a constant list or for branches.</summary>
internal sealed class SdkValue
{
    public SdkValue(SdkValueKind kind, string? text, IOperation? source, bool isRuntime = false, IReadOnlyList<SdkValue>? alternatives = null, ISymbol? member = null, bool isBranch = false)
    {
        Kind = kind;
        Text = text;
        Source = source;
        IsRuntime = isRuntime;
        Alternatives = alternatives;
        Member = member;
        IsBranch = isBranch;
    }

    public SdkValueKind Kind { get; }

    public string? Text { get; }

    public IOperation? Source { get; }

    public bool IsRuntime { get; }

    /// <summary>Every value the setting takes, when it takes several.</summary>
    public IReadOnlyList<SdkValue>? Alternatives { get; }

    /// <summary>The constant, field or property declared in source the text was read from.</summary>
    public ISymbol? Member { get; }

    /// <summary>The alternatives are branches, one of which is taken (not each in turn).</summary>
    public bool IsBranch { get; }

    public static SdkValue Runtime(SdkValueKind kind, IOperation source) => new(kind, null, source, isRuntime: true);

    public SdkValue WithMember(ISymbol? member) => member is null || Alternatives is not null ? this : new SdkValue(Kind, Text, Source, IsRuntime, null, member);

    /// <summary>One of <paramref name="branches"/> at run time; a single value when they all agree.</summary>
    public static SdkValue Either(SdkValueKind kind, IOperation source, List<SdkValue> branches)
    {
        var flat = new List<SdkValue>(branches.Count);
        foreach (var branch in branches)
        {
            if (branch.Alternatives is { } nested && branch.IsBranch)
            {
                flat.AddRange(nested);
            }
            else
            {
                flat.Add(branch.Alternatives is null ? branch : Runtime(kind, branch.Source ?? source));
            }
        }

        return flat.Count == 1 ? flat[0] : new SdkValue(kind, flat[0].Text, source, flat[0].IsRuntime, flat, isBranch: true);
    }
}
