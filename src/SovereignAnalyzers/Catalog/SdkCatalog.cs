using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SovereignAnalyzers.Catalog;

/// <summary>
/// The built-in SDK knowledge: <c>Catalog/sdks.json</c>, embedded in the analyzer assembly and parsed
/// once per process. Together with <c>providers.json</c> it makes the catalog; families name providers
/// by id. Adding an SDK family is editing that file, not code.
/// </summary>
internal sealed class SdkCatalog
{
    private const string ResourceName = "SovereignAnalyzers.Catalog.sdks.json";

    private static readonly Lazy<SdkCatalog> BuiltInCatalog = new(() => SdkCatalogReader.Read(ReadBuiltInText()));

    public SdkCatalog(string version, IReadOnlyList<SdkFamily> families)
    {
        Version = version;
        Families = families;
    }

    public static SdkCatalog BuiltIn => BuiltInCatalog.Value;

    public string Version { get; }

    public IReadOnlyList<SdkFamily> Families { get; }

    /// <summary>Reads the embedded SDK catalog text (for tooling and tests).</summary>
    public static string ReadBuiltInText()
    {
        using var stream = typeof(SdkCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The SDK catalog resource is missing from the analyzer assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
