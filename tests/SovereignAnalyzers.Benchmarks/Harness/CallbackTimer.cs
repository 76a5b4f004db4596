namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// Times each call of a recorded callback (count, total, and the share of calls over 20 µs) so that
/// the time an analyzer spends can be told apart: many cheap calls, or a few expensive ones.
/// </summary>
internal sealed class CallbackTimer
{
    private static readonly long SlowTicks = System.Diagnostics.Stopwatch.Frequency / 50_000;
    private long _calls;
    private long _ticks;
    private long _slowCalls;
    private long _slowTicks;
    private long _allocated;

    public static bool Enabled { get; set; }

    public Action<T> Wrap<T>(Action<T> action)
    {
        if (!Enabled)
        {
            return action;
        }

        return argument =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                action(argument);
            }
            finally
            {
                var elapsed = System.Diagnostics.Stopwatch.GetTimestamp() - start;
                Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
                Interlocked.Increment(ref _calls);
                Interlocked.Add(ref _ticks, elapsed);
                if (elapsed > SlowTicks)
                {
                    Interlocked.Increment(ref _slowCalls);
                    Interlocked.Add(ref _slowTicks, elapsed);
                }
            }
        };
    }

    public void Reset()
    {
        _calls = _ticks = _slowCalls = _slowTicks = _allocated = 0;
    }

    public override string ToString()
    {
        if (_calls == 0)
        {
            return "not called";
        }

        static double Ms(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{_calls:N0} calls, {Ms(_ticks):F1} ms ({Ms(_ticks) * 1e6 / _calls:F0} ns/call), {_allocated / 1024.0:N0} KB allocated; {_slowCalls:N0} over 20 µs: {Ms(_slowTicks):F1} ms");
    }
}
