using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>The analyzers each scenario runs.</summary>
internal static class AnalyzerSets
{
    /// <summary>Where the build copies the peer's analyzer assemblies (see the project file).</summary>
    private const string PeerFolder = "peer";

    /// <summary>
    /// Every C# analyzer of the SovereignAnalyzers assembly, found by reflection so that rules added
    /// later are measured without touching the benchmark.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ours()
        => CSharpAnalyzersIn(typeof(SovereignAnalyzers.Rules.EndpointLiteralAnalyzer).Assembly);

    /// <summary>Microsoft.CodeAnalysis.BannedApiAnalyzers' C# analyzers, loaded from the restored package.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> BannedApi(out string version)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, PeerFolder);
        var path = Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The BannedApiAnalyzers assembly was not copied next to the benchmark; rebuild the project.", path);
        }

        var assembly = Assembly.LoadFrom(path);
        version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString() ?? "?";
        return CSharpAnalyzersIn(assembly);
    }

    /// <summary>The namespaces the peer bans: the same cloud SDKs our rules look at.</summary>
    public static string BannedSymbols() => """
        N:Amazon.S3;Cloud SDK under the US CLOUD Act
        N:Amazon.S3.Model;Cloud SDK under the US CLOUD Act
        N:Amazon.Runtime;Cloud SDK under the US CLOUD Act
        N:Azure.Storage.Blobs;Cloud SDK under the US CLOUD Act
        N:Azure.Storage.Blobs.Models;Cloud SDK under the US CLOUD Act
        N:Google.Cloud.Storage.V1;Cloud SDK under the US CLOUD Act
        """;

    private static ImmutableArray<DiagnosticAnalyzer> CSharpAnalyzersIn(Assembly assembly)
    {
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var type in LoadableTypes(assembly).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
            if (attribute is null || !attribute.Languages.Contains(LanguageNames.CSharp))
            {
                continue;
            }

            analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException("No C# analyzer found in " + assembly.GetName().Name);
        }

        return analyzers.ToImmutable();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.Where(t => t is not null)!;
        }
    }
}
