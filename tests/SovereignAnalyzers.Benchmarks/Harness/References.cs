using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Testing;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// What the corpus compiles against: the running runtime's reference pack (found beside the runtime in
/// the .NET installation, no download), else the runtime's own assemblies; plus the real cloud SDK
/// assemblies restored with this project and everything they reference.
/// </summary>
internal static class References
{
    public static ImmutableArray<MetadataReference> Load(out string frameworkSource)
    {
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in FrameworkAssemblies(out frameworkSource))
        {
            builder.Add(MetadataReference.CreateFromFile(path));
        }

        foreach (var assembly in CloudSdkClosure())
        {
            builder.Add(MetadataReference.CreateFromFile(assembly.Location));
        }

        return builder.ToImmutable();
    }

    private static IEnumerable<string> FrameworkAssemblies(out string source)
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.<minor>
        var runtimeDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var version = Environment.Version;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var candidates = new[] { new DirectoryInfo(runtimeDirectory).Name, $"{version.Major}.{version.Minor}.{version.Build}" };
        foreach (var candidate in candidates)
        {
            var refDirectory = Path.Combine(packs, candidate, "ref", $"net{version.Major}.{version.Minor}");
            if (Directory.Exists(refDirectory))
            {
                source = refDirectory;
                return Directory.GetFiles(refDirectory, "*.dll");
            }
        }

        // No targeting pack (a runtime-only installation): compile against the runtime's own assemblies.
        source = "trusted platform assemblies";
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return trusted.Where(p => p.Length > 0 && Path.GetFullPath(p).StartsWith(runtimeDirectory, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<Assembly> CloudSdkClosure()
    {
        var anchors = new[]
        {
            typeof(Amazon.S3.AmazonS3Client).Assembly,
            typeof(Azure.Storage.Blobs.BlobServiceClient).Assembly,
            typeof(Google.Cloud.Storage.V1.StorageClient).Assembly,
        };

        return AssemblyClosure.Of(anchors);
    }
}
