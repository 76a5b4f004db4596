using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>
/// In-process (no generated project to build: the machine is small) short runs with the memory diagnoser.
/// </summary>
internal static class MicroConfig
{
    public static IConfig Create()
        => DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            // Reports go beside the program (under bin/), not into the working directory.
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
}
