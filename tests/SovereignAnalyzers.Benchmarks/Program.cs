using System.Globalization;
using BenchmarkDotNet.Running;
using SovereignAnalyzers.Benchmarks.Harness;
using SovereignAnalyzers.Benchmarks.Micro;

namespace SovereignAnalyzers.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/SovereignAnalyzers.Benchmarks -- [--quick] [--files N] [--iterations N] [--seed N]
/// [--concurrent] [--scenarios compile,ours,peer,floor,scanfloor,policy,scaling]</c> runs the whole-compilation harness;
/// <c>-- --micro [BenchmarkDotNet arguments]</c> the micro-benchmarks of host matching and policy evaluation;
/// <c>--callback-profile</c>, <c>--profile-strings</c> and <c>--profile-policy</c> are diagnostic modes.
/// See docs/performance.md.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--micro"))
        {
            var rest = args.Where(a => a != "--micro").ToArray();
            if (!rest.Contains("--filter"))
            {
                rest = rest.Concat(new[] { "--filter", "*" }).ToArray();
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, MicroConfig.Create());
            return 0;
        }

        if (args.Contains("--profile-strings"))
        {
            StringProfile.Run(Console.Out);
            return 0;
        }

        if (args.Contains("--profile-policy"))
        {
            PolicyProfile.Run(Console.Out);
            return 0;
        }

        var quick = args.Contains("--quick");
        var settings = new HarnessSettings(
            Files: Option(args, "--files", 2000),
            Seed: Option(args, "--seed", 20240611),
            Iterations: Option(args, "--iterations", quick ? 3 : 10),
            Concurrent: args.Contains("--concurrent"),
            Quick: quick,
            Scenarios: OptionText(args, "--scenarios")?.Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase))
        {
            CallbackProfile = args.Contains("--callback-profile"),
        };
        if (!BuildInfo.IsOptimized)
        {
            Console.WriteLine("WARNING: not an optimised build; run with -c Release.");
        }

        return await new WholeCompilationBenchmark(settings, Console.Out).RunAsync();
    }

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

internal static class BuildInfo
{
    /// <summary>False for a Debug build of the harness (the JIT would not optimise it).</summary>
    public static bool IsOptimized { get; } = typeof(BuildInfo).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
        .OfType<System.Diagnostics.DebuggableAttribute>()
        .All(a => !a.IsJITOptimizerDisabled);
}
