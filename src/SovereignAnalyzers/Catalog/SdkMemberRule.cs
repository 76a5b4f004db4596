using System.Collections.Generic;

namespace SovereignAnalyzers.Catalog;

/// <summary>A property of a configuration, options or builder type that sets a client's target.</summary>
internal sealed class SdkMemberRule
{
    public SdkMemberRule(string type, string? name, string? memberType, SdkValueKind kind, IReadOnlyList<string> values)
    {
        Type = type;
        Name = name;
        MemberType = memberType;
        Kind = kind;
        Values = values;
    }

    /// <summary>Metadata name of the declaring type (derived types inherit the rule).</summary>
    public string Type { get; }

    /// <summary>Property name; null when the rule matches every property of <see cref="MemberType"/>.</summary>
    public string? Name { get; }

    public string? MemberType { get; }

    public SdkValueKind Kind { get; }

    /// <summary>For <see cref="SdkValueKind.Emulator"/>: the enum member names that select the emulator.</summary>
    public IReadOnlyList<string> Values { get; }
}
