using System;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// "Today" for policy exceptions' expiry dates (UTC). Tests fix it once for the whole test run through
/// <see cref="Set"/>, so that no test depends on the day it runs.
/// </summary>
internal static class PolicyClock
{
    private static Func<DateTime> _today = () => DateTime.UtcNow.Date;

    public static DateTime Today => _today().Date;

    /// <summary>Replaces the clock (tests only).</summary>
    internal static void Set(Func<DateTime> today) => _today = today;
}
