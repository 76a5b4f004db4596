using System.Globalization;
using System.Runtime.CompilerServices;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>
/// Makes every test independent of the machine and the day it runs on: messages in English unless a
/// test asks for another language, and a fixed "today" for policy exceptions' expiry dates.
/// </summary>
internal static class TestEnvironment
{
    /// <summary>The date every test sees as today: exceptions expiring before it are expired.</summary>
    public static readonly DateTime Today = new(2026, 12, 1);

    [ModuleInitializer]
    internal static void Initialize()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        PolicyClock.Set(() => Today);
    }
}
