using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Benchmarks.Corpus;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>Settings of a whole-compilation run.</summary>
/// <param name="Scenarios">Scenario keys to run (compile, ours, peer, floor, scanfloor, policy, scaling); null for all (the default).</param>
internal sealed record HarnessSettings(int Files, int Seed, int Iterations, bool Concurrent, bool Quick, IReadOnlySet<string>? Scenarios = null)
{
    /// <summary>Time each of our callbacks instead of running the benchmark (<c>--callback-profile</c>).</summary>
    public bool CallbackProfile { get; init; }

    public bool Runs(string key) => Scenarios is null || Scenarios.Contains(key);
}

/// <summary>
/// Compiles the generated corpus again and again, interleaving the scenarios (A B C D E, A B C D E, ...)
/// so that drift of a shared, noisy machine touches all of them alike, and reports medians:
/// the compilation alone (the compiler's time), with SovereignAnalyzers, with the peer
/// (BannedApiAnalyzers banning the same SDK namespaces), with the floor (no-op analyzers registering
/// our callbacks), and with ours under a policy of 10,000 extra hosts. Analyzer time is Roslyn's own
/// per-analyzer execution time (<c>logAnalyzerExecutionTime</c>); wall time is printed beside it.
/// Then the memory check: allocation per compilation and retained memory over repeated compilations.
/// </summary>
internal sealed class WholeCompilationBenchmark
{
    private const string Compile = "compilation only";
    private const string Ours = "SovereignAnalyzers";
    private const string Peer = "BannedApiAnalyzers";
    private const string Floor = "no-op floor";
    private const string ScanFloor = "scan floor (reads each string once)";
    private const string OursPolicy = "SovereignAnalyzers, 10k-host policy";

    // The sizes N of the scaling checks (each is also measured at 2N).
    private const int ScalingClients = 1_000;
    private const int ScalingUnknownIds = 5_000;

    private readonly HarnessSettings _settings;
    private readonly TextWriter _out;
    private readonly List<Exception> _analyzerExceptions = new();

    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<SyntaxTree> _warmUpTrees;
    private string? _compilerDiagnostics;
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<AdditionalText> _configurationFiles;
    private string _policyText = string.Empty;
    private AdditionalText? _policyFile;
    private IReadOnlyList<string> _customHosts = Array.Empty<string>();

    public WholeCompilationBenchmark(HarnessSettings settings, TextWriter output)
    {
        _settings = settings;
        _out = output;
    }

    public async Task<int> RunAsync()
    {
        var total = Stopwatch.StartNew();
        Prepare();

        var ours = AnalyzerSets.Ours();
        var peer = AnalyzerSets.BannedApi(out var peerVersion);
        _out.WriteLine($"analyzers: ours = {ours.Length} ({string.Join(", ", ours.Select(a => a.GetType().Name))}); peer = BannedApiAnalyzers {peerVersion} ({string.Join(", ", peer.Select(a => a.GetType().Name))})");
        _out.WriteLine(_settings.Concurrent
            ? $"mode: concurrent build and analysis on {Environment.ProcessorCount} cores"
            : "mode: single-threaded build and analysis (each callback's time is its own work, not GC pauses or waits caused by other threads)");

        // Warm-up on a part of the corpus (JIT of the analyzers, the driver, the peer, the policy parser;
        // the compiler was warmed up by the compile check in Prepare). Our analyzers run wrapped in
        // recorders first: the floor registers exactly what they registered.
        var recorders = ours.Select(a => new RecordingAnalyzer(a)).ToImmutableArray();
        await AnalyzeAsync(recorders.CastArray<DiagnosticAnalyzer>(), DefaultOptions(), _warmUpTrees);
        var floor = recorders.Select(r => (DiagnosticAnalyzer)new FloorAnalyzer("Floor(" + r.Inner.GetType().Name + ")", r.Root, r.Inner.SupportedDiagnostics.Any(d => d.IsEnabledByDefault))).ToImmutableArray();
        var scanFloor = recorders.Select(r => (DiagnosticAnalyzer)new FloorAnalyzer("ScanFloor(" + r.Inner.GetType().Name + ")", r.Root, r.Inner.SupportedDiagnostics.Any(d => d.IsEnabledByDefault), scanStrings: true)).ToImmutableArray();
        DescribeFloor(recorders);
        await CompileOnlyAsync(_warmUpTrees);
        await AnalyzeAsync(peer, DefaultOptions(), _warmUpTrees);
        await AnalyzeAsync(floor, DefaultOptions(), _warmUpTrees);
        await AnalyzeAsync(scanFloor, DefaultOptions(), _warmUpTrees);
        await AnalyzeAsync(ours, PolicyOptions(), _warmUpTrees);

        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up on {_warmUpTrees.Length} files done at {total.Elapsed.TotalSeconds:F0} s"));

        if (_settings.CallbackProfile)
        {
            await ProfileCallbacksAsync(ours);
            return 0;
        }

        // Measured: A B C D E, A B C D E, ...
        var samples = new Dictionary<string, List<RunResult>>
        {
            [Compile] = new(), [Ours] = new(), [Peer] = new(), [Floor] = new(), [ScanFloor] = new(), [OursPolicy] = new(),
        };
        for (var i = 0; i < _settings.Iterations; i++)
        {
            if (_settings.Runs("compile"))
            {
                samples[Compile].Add(await CompileOnlyAsync(_trees));
            }

            if (_settings.Runs("ours"))
            {
                samples[Ours].Add(await AnalyzeAsync(ours, DefaultOptions(), _trees));
            }

            if (_settings.Runs("peer"))
            {
                samples[Peer].Add(await AnalyzeAsync(peer, DefaultOptions(), _trees));
            }

            if (_settings.Runs("floor"))
            {
                samples[Floor].Add(await AnalyzeAsync(floor, DefaultOptions(), _trees));
            }

            if (_settings.Runs("scanfloor"))
            {
                samples[ScanFloor].Add(await AnalyzeAsync(scanFloor, DefaultOptions(), _trees));
            }

            if (_settings.Runs("policy"))
            {
                samples[OursPolicy].Add(await AnalyzeAsync(ours, PolicyOptions(), _trees));
            }

            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"iteration {i + 1}/{_settings.Iterations}: compilation {Last(samples[Compile], r => r.Wall)} ms; analyzer time: ours {Last(samples[Ours], r => r.AnalyzerTime)} ms, peer {Last(samples[Peer], r => r.AnalyzerTime)} ms, floor {Last(samples[Floor], r => r.AnalyzerTime)} ms, ours+policy {Last(samples[OursPolicy], r => r.AnalyzerTime)} ms ({total.Elapsed.TotalSeconds:F0} s)"));
        }

        var policyEffective = samples[OursPolicy].Any(r => r.CustomHostFindings > 0);
        PrintTable(samples, ours);
        var policyLoad = MeasurePolicyLoad();
        _out.WriteLine();
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"policy load, once per policy text (parse, checks, composition with the catalog, host index of {PolicyGenerator.CustomProviderCount:N0} hosts): {policyLoad.TotalMilliseconds:F1} ms (median of 5) = {policyLoad.TotalMilliseconds / Median(samples[Compile].Select(r => r.Wall.TotalMilliseconds)):P1} of the compilation; a command-line build pays it once, the IDE once per edit of the file."));
        var memory = PrintMemory(samples);

        // Ratios: the median of the per-iteration ratios (each iteration's scenarios ran back to back).
        var overhead = MedianRatio(samples[Ours], samples[Compile], r => r.AnalyzerTime, r => r.Wall);
        var vsPeer = MedianRatio(samples[Ours], samples[Peer], r => r.AnalyzerTime, r => r.AnalyzerTime);
        var vsFloor = MedianRatio(samples[Ours], samples[Floor], r => r.AnalyzerTime, r => r.AnalyzerTime);
        var vsScanFloor = MedianRatio(samples[Ours], samples[ScanFloor], r => r.AnalyzerTime, r => r.AnalyzerTime);
        var scaling = MedianRatio(samples[OursPolicy], samples[Ours], r => r.AnalyzerTime, r => r.AnalyzerTime);

        _out.WriteLine();
        _out.WriteLine("goals: overhead <= 0.03, vs_bannedapi <= 1.0, vs_floor <= 2.0, vs_scan_floor <= 2.0, policy_scaling <= 1.1");
        _out.WriteLine(Verdict("overhead", overhead, 0.03) + "  " + Verdict("vs_bannedapi", vsPeer, 1.0) + "  " + Verdict("vs_floor", vsFloor, 2.0) + "  " + Verdict("vs_scan_floor", vsScanFloor, 2.0) + "  " + Verdict("policy_scaling", scaling, 1.1));
        if (!policyEffective)
        {
            _out.WriteLine("NOTE: the 10k-host policy had no effect (no custom host of the corpus was reported): this build ignores sovereignty.json, so policy_scaling is not meaningful.");
        }

        if (_analyzerExceptions.Count > 0)
        {
            _out.WriteLine($"WARNING: {_analyzerExceptions.Count} analyzer exceptions (AD0001); first: {_analyzerExceptions[0]}");
        }

        _out.WriteLine("memory: " + memory);
        var (stringsAndClients, unknownIds) = _settings.Runs("scaling")
            ? await new ScalingChecks(_references, _out).RunAsync(ScalingClients, ScalingUnknownIds)
            : (double.NaN, double.NaN);
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total time {total.Elapsed.TotalSeconds:F0} s"));
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summary files={_trees.Length} overhead={overhead:F4} vs_bannedapi={vsPeer:F2} vs_floor={vsFloor:F2} policy_scaling={scaling:F2} vs_scan_floor={vsScanFloor:F2} strings_clients_scaling={stringsAndClients:F2} unknown_ids_scaling={unknownIds:F2}"));
        return 0;
    }

    /// <summary>
    /// <c>--callback-profile</c> (a diagnostic mode, not the benchmark): our analyzers wrapped in timing
    /// recorders, per registered callback: how many calls, how long, and how much in calls over 20 µs.
    /// </summary>
    private async Task ProfileCallbacksAsync(ImmutableArray<DiagnosticAnalyzer> ours)
    {
        CallbackTimer.Enabled = true;
        var timed = ours.Select(a => new RecordingAnalyzer(a)).ToImmutableArray();
        await AnalyzeAsync(timed.CastArray<DiagnosticAnalyzer>(), DefaultOptions(), _trees);
        foreach (var recorder in timed)
        {
            recorder.Root.ResetTimers();
        }

        for (var i = 0; i < _settings.Iterations; i++)
        {
            var run = await AnalyzeAsync(timed.CastArray<DiagnosticAnalyzer>(), DefaultOptions(), _trees);
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: analyzer time {run.AnalyzerTime.TotalMilliseconds:F1} ms ({string.Join(", ", run.PerAnalyzer.Select(p => $"{p.Key} {p.Value.TotalMilliseconds:F1}"))})"));
        }

        var text = new StringBuilder();
        foreach (var recorder in timed)
        {
            text.Append("  ").Append(recorder.Inner.GetType().Name).Append(":\n");
            recorder.Root.Describe(text, "    ");
        }

        _out.Write($"callbacks over {_settings.Iterations} compilations:\n" + text);
        if (_analyzerExceptions.Count > 0)
        {
            _out.WriteLine($"WARNING: {_analyzerExceptions.Count} analyzer exceptions; first: {_analyzerExceptions[0]}");
        }
    }

    private static string Last(List<RunResult> runs, Func<RunResult, TimeSpan> time)
        => runs.Count == 0 ? "-" : time(runs[^1]).TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Verdict(string name, double value, double goal)
        => string.Create(CultureInfo.InvariantCulture, $"{name}={value:F3} {(value <= goal ? "ok" : "MISSED")}");

    private void Prepare()
    {
        var watch = Stopwatch.StartNew();
        var corpus = CorpusGenerator.Generate(_settings.Seed, _settings.Files);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        _trees = corpus.Sources.AsParallel().AsOrdered()
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, path: "/corpus/" + f.Path))
            .ToImmutableArray();
        // Whole modules (a module's files refer to each other), with cloud SDK clients: every eighth.
        _warmUpTrees = _trees.Where((t, i) => corpus.Sources[i].Module < 0 || corpus.Sources[i].Module % 8 == 1).ToImmutableArray();
        _configurationFiles = corpus.ConfigurationFiles
            .Select(f => (AdditionalText)new InMemoryAdditionalText("/corpus/" + f.Path, f.Text))
            .Append(new InMemoryAdditionalText("/corpus/BannedSymbols.txt", AnalyzerSets.BannedSymbols()))
            .ToImmutableArray();
        _policyText = PolicyGenerator.Generate();
        _policyFile = new InMemoryAdditionalText("/corpus/sovereignty.json", _policyText);
        _customHosts = corpus.CustomHostsUsed;
        _references = References.Load(out var frameworkSource);

        var lines = _trees.Sum(t => t.GetText().Lines.Count);
        var sdkFiles = corpus.Sources.Count(f => f.Path.EndsWith("Storage.cs", StringComparison.Ordinal));
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {_trees.Length} files, {lines:N0} lines, {sdkFiles} with cloud SDK clients ({100.0 * sdkFiles / _trees.Length:F1} %), {corpus.ConfigurationFiles.Count} configuration files, seed {_settings.Seed}; generated and parsed in {watch.Elapsed.TotalSeconds:F1} s"));
        _out.WriteLine($"references: {_references.Length} (framework: {frameworkSource})");
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policy: {PolicyGenerator.CustomProviderCount:N0} custom providers, {_policyText.Length / 1024:N0} KiB; corpus uses custom hosts {string.Join(", ", _customHosts)}"));

    }

    private CSharpCompilation NewCompilation(ImmutableArray<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Contoso",
            trees,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: _settings.Concurrent)
                // As the .NET SDK does (NoWarn 1701;1702: assembly version unification).
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    private AnalyzerOptions DefaultOptions() => new(_configurationFiles);

    /// <summary>
    /// The 10,000-host policy, the same text for every compilation: Roslyn's per-text cache then serves the
    /// parsed policy and its host index, as in the IDE and in any build whose policy did not change, so
    /// the scenario measures what a policy's size costs per compilation. Loading it (once per text) is
    /// measured apart, by <see cref="MeasurePolicyLoad"/>.
    /// </summary>
    private AnalyzerOptions PolicyOptions() => new(_configurationFiles.Add(_policyFile!));

    private Task<RunResult> CompileOnlyAsync(ImmutableArray<SyntaxTree> trees)
    {
        Collect();
        var compilation = NewCompilation(trees);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gcs = GC.CollectionCount(0);
        var pause = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var diagnostics = compilation.GetDiagnostics();
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors.Take(10))
            {
                _out.WriteLine(error.ToString());
            }

            throw new InvalidOperationException($"The generated corpus does not compile: {errors.Count} errors.");
        }

        _compilerDiagnostics ??= string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}×{g.Count()}"));
        return Task.FromResult(new RunResult(watch.Elapsed, TimeSpan.Zero, ImmutableDictionary<string, TimeSpan>.Empty, diagnostics.Length, 0, allocated, RetainedAfterCollect())
        {
            Collections = GC.CollectionCount(0) - gcs,
            GcPause = GC.GetTotalPauseDuration() - pause,
        });
    }

    private async Task<RunResult> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, ImmutableArray<SyntaxTree> trees)
    {
        Collect();
        var compilation = NewCompilation(trees);
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, OnAnalyzerException, concurrentAnalysis: _settings.Concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gcs = GC.CollectionCount(0);
        var pause = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var collections = GC.CollectionCount(0) - gcs;
        pause = GC.GetTotalPauseDuration() - pause;

        var perAnalyzer = ImmutableDictionary.CreateBuilder<string, TimeSpan>();
        var analyzerTime = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
            analyzerTime += time;
            perAnalyzer[NameOf(analyzer)] = time;
        }

        var customHostFindings = diagnostics.Count(d => d.Properties.TryGetValue("host", out var host) && host is not null && host.EndsWith(".corp-cloud.example", StringComparison.Ordinal));
        var byId = diagnostics.GroupBy(d => d.Id).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        withAnalyzers = null;
        compilation = null;
        return new RunResult(watch.Elapsed, analyzerTime, perAnalyzer.ToImmutable(), diagnostics.Length, customHostFindings, allocated, RetainedAfterCollect())
        {
            DiagnosticsById = byId,
            Collections = collections,
            GcPause = pause,
        };
    }

    /// <summary>Loading the 10,000-host policy from a new text, as a command-line build does, without Roslyn's caches.</summary>
    private TimeSpan MeasurePolicyLoad()
    {
        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/corpus/sovereignty.json", _policyText));
            Collect();
            var watch = Stopwatch.StartNew();
            var loaded = SovereignAnalyzers.PolicyLoading.CompilationPolicy.Load(files, CancellationToken.None);
            watch.Stop();
            if (loaded.Problems.Length > 0)
            {
                throw new InvalidOperationException("The generated policy is invalid: " + loaded.Problems[0]);
            }

            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return TimeSpan.FromMilliseconds(Median(times));
    }

    /// <summary>The managed heap after a full blocking collection, once the run's compilation is unreachable.</summary>
    private static long RetainedAfterCollect()
    {
        Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string NameOf(DiagnosticAnalyzer analyzer) => analyzer switch
    {
        RecordingAnalyzer recording => recording.Inner.GetType().Name,
        FloorAnalyzer floor => floor.Name,
        _ => analyzer.GetType().Name,
    };

    private void OnAnalyzerException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
    {
        lock (_analyzerExceptions)
        {
            _analyzerExceptions.Add(exception);
        }
    }

    private static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private void DescribeFloor(ImmutableArray<RecordingAnalyzer> recorders)
    {
        var text = new StringBuilder();
        foreach (var recorder in recorders)
        {
            text.Append("  ").Append(recorder.Inner.GetType().Name).Append(":\n");
            recorder.Root.Describe(text, "    ");
        }

        _out.Write("floor: no-op analyzers registering what ours registered on this corpus:\n" + text);
        foreach (var problem in RoslynActions.Problems.Distinct())
        {
            _out.WriteLine("WARNING (floor): " + problem);
        }

        var kinds = new HashSet<SyntaxKind>();
        foreach (var recorder in recorders)
        {
            CollectSyntaxKinds(recorder.Root, kinds);
        }

        var nodes = _trees.Sum(t => t.GetRoot().DescendantNodes().Count(n => kinds.Contains(n.Kind())));
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"syntax-node callbacks of ours per compilation: {nodes:N0} (nodes of the registered kinds in the corpus)"));
    }

    private static void CollectSyntaxKinds(RegistrationScope scope, HashSet<SyntaxKind> kinds)
    {
        foreach (var registration in scope.Registrations)
        {
            if (registration.Action == "SyntaxNode")
            {
                kinds.UnionWith(registration.Kinds.Select(k => (SyntaxKind)k));
            }

            if (registration.Nested is { } nested)
            {
                CollectSyntaxKinds(nested, kinds);
            }
        }
    }

    private void PrintTable(Dictionary<string, List<RunResult>> samples, ImmutableArray<DiagnosticAnalyzer> ours)
    {
        var compileWall = Median(samples[Compile].Select(r => r.Wall.TotalMilliseconds));
        _out.WriteLine();
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"medians over {_settings.Iterations} interleaved iterations, {_trees.Length} files, {Environment.ProcessorCount} cores:"));
        _out.WriteLine();
        _out.WriteLine("| scenario | wall ms | GCs (pause ms) | analyzer ms | analyzer / compilation | diagnostics |");
        _out.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var (name, runs) in samples)
        {
            if (runs.Count == 0)
            {
                continue;
            }

            var wall = Median(runs.Select(r => r.Wall.TotalMilliseconds));
            var analyzer = Median(runs.Select(r => r.AnalyzerTime.TotalMilliseconds));
            var diagnostics = name == Compile
                ? runs[^1].Diagnostics.ToString(CultureInfo.InvariantCulture) + " compiler diagnostics, no error"
                : string.Join(", ", runs[^1].DiagnosticsById.Select(p => $"{p.Key}×{p.Value}"));
            if (name == OursPolicy)
            {
                diagnostics += $"; custom hosts found: {runs[^1].CustomHostFindings}";
            }

            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {wall:F0} | {Median(runs.Select(r => (double)r.Collections)):F0} ({Median(runs.Select(r => r.GcPause.TotalMilliseconds)):F0}) | {(name == Compile ? "-" : analyzer.ToString("F1", CultureInfo.InvariantCulture))} | {(name == Compile ? "-" : (analyzer / compileWall).ToString("F4", CultureInfo.InvariantCulture))} | {(diagnostics.Length == 0 ? "none" : diagnostics)} |"));
        }

        _out.WriteLine();
        _out.WriteLine("our analyzers, median execution time each (default policy / 10k-host policy):");
        foreach (var analyzer in ours)
        {
            var name = NameOf(analyzer);
            var time = Median(samples[Ours].Select(r => r.PerAnalyzer.GetValueOrDefault(name).TotalMilliseconds));
            var policy = Median(samples[OursPolicy].Select(r => r.PerAnalyzer.GetValueOrDefault(name).TotalMilliseconds));
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {time,8:F1} ms {policy,8:F1} ms"));
        }
    }

    /// <summary>
    /// Allocation per compilation (GC.GetTotalAllocatedBytes(precise) around each run, all threads) and
    /// the managed heap retained after each run once its compilation is dropped. Ours minus the floor is
    /// what our callbacks allocate (the floor pays the driver's share). Over repeated compilations the
    /// allocation and the retained heap must not grow: the catalog and parsed policies are shared, caches
    /// are bounded.
    /// </summary>
    private string PrintMemory(Dictionary<string, List<RunResult>> samples)
    {
        if (samples.Values.Any(runs => runs.Count == 0))
        {
            return "not measured (not every scenario ran)";
        }

        double MedianAllocated(string name) => Median(samples[name].Select(r => (double)r.Allocated));
        var compile = MedianAllocated(Compile);
        var floor = MedianAllocated(Floor);
        var ours = MedianAllocated(Ours);
        var policy = MedianAllocated(OursPolicy);
        var oursRuns = samples[Ours];
        var policyRuns = samples[OursPolicy];
        var retained = oursRuns.Select(r => r.RetainedAfter).ToList();
        var growth = retained[^1] - retained[0];
        var allocationSpread = samples[Ours].Max(r => r.Allocated) - samples[Ours].Min(r => r.Allocated);
        var stable = Math.Abs(growth) < 2L * 1024 * 1024 && allocationSpread < Math.Max(2L * 1024 * 1024, (long)(ours / 50));

        _out.WriteLine();
        _out.WriteLine($"memory ({(_settings.Concurrent ? "concurrent" : "non-concurrent")} runs; GC.GetTotalAllocatedBytes(precise) around each compilation, median):");
        _out.WriteLine();
        _out.WriteLine("| scenario | allocated per compilation |");
        _out.WriteLine("|---|---:|");
        _out.WriteLine($"| compilation only | {Mb((long)compile)} |");
        _out.WriteLine($"| with the no-op floor | {Mb((long)floor)} |");
        _out.WriteLine($"| with SovereignAnalyzers | {Mb((long)ours)} |");
        _out.WriteLine($"| with SovereignAnalyzers, 10k-host policy | {Mb((long)policy)} |");
        _out.WriteLine($"| **our analyzers' own (ours - floor)** | **{Mb((long)(ours - floor))}** |");
        _out.WriteLine($"| our analyzers' own, 10k-host policy (policy - floor) | {Mb((long)(policy - floor))} |");
        _out.WriteLine();
        _out.WriteLine($"retained heap after each compilation with ours (full GC), {retained.Count} compilations: {string.Join(", ", retained.Select(Mb))}");
        _out.WriteLine($"retained heap after each compilation with ours + 10k-host policy: {string.Join(", ", policyRuns.Select(r => Mb(r.RetainedAfter)))}");
        _out.WriteLine($"allocation with ours per compilation: {string.Join(", ", oursRuns.Select(r => Mb(r.Allocated)))} ");
        return string.Create(CultureInfo.InvariantCulture,
            $"our analyzers allocate {Mb((long)(ours - floor))} per compilation ({Mb((long)(policy - floor))} with the 10k-host policy); retained heap growth over {retained.Count - 1} compilations {Mb(growth)}, allocation spread {Mb(allocationSpread)}: {(stable ? "stable" : "GROWING")}");
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F1} MB");

    private static double MedianRatio(List<RunResult> numerators, List<RunResult> denominators, Func<RunResult, TimeSpan> numerator, Func<RunResult, TimeSpan> denominator)
        => Median(numerators.Zip(denominators, (n, d) => denominator(d).Ticks == 0 ? double.NaN : (double)numerator(n).Ticks / denominator(d).Ticks));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record RunResult(TimeSpan Wall, TimeSpan AnalyzerTime, ImmutableDictionary<string, TimeSpan> PerAnalyzer, int Diagnostics, int CustomHostFindings, long Allocated, long RetainedAfter)
    {
        public ImmutableSortedDictionary<string, int> DiagnosticsById { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

        public int Collections { get; init; }

        public TimeSpan GcPause { get; init; }
    }
}
