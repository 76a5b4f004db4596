using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SovereignAnalyzers.CodeFixes.Sdk;

/// <summary>
/// A setting an AWS SDK service config needs to reach a store other than AWS, besides its endpoint:
/// <c>ForcePathStyle = true</c> where the store serves path-style requests only, and the checksum settings
/// at <c>WHEN_REQUIRED</c> (current AWSSDK.S3 versions send checksums that many S3-compatible stores reject).
/// Each only where the referenced SDK's config has it.
/// </summary>
internal sealed class StoreSetting
{
    public const string ForcePathStyle = "ForcePathStyle";
    public const string WhenRequired = "WHEN_REQUIRED";
    private static readonly string[] ChecksumSettings = { "RequestChecksumCalculation", "ResponseChecksumValidation" };

    private StoreSetting(string name, INamedTypeSymbol? enumType)
    {
        Name = name;
        EnumType = enumType;
    }

    public string Name { get; }

    /// <summary>The enum whose <c>WHEN_REQUIRED</c> member is the value; null for <c>ForcePathStyle</c> (<c>true</c>).</summary>
    public INamedTypeSymbol? EnumType { get; }

    /// <summary>The settings <paramref name="configType"/> (e.g. <c>AmazonS3Config</c>) takes to reach such a store.</summary>
    public static IReadOnlyList<StoreSetting> For(INamedTypeSymbol configType, bool pathStyle)
    {
        var settings = new List<StoreSetting>();
        if (pathStyle && SyntaxEdits.FindProperty(configType, ForcePathStyle) is not null)
        {
            settings.Add(new StoreSetting(ForcePathStyle, null));
        }

        foreach (var name in ChecksumSettings)
        {
            if (SyntaxEdits.FindProperty(configType, name)?.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && enumType.GetMembers(WhenRequired).Length > 0)
            {
                settings.Add(new StoreSetting(name, enumType));
            }
        }

        return settings;
    }
}
