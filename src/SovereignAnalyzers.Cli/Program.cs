using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using SovereignAnalyzers.Cli.CommandLine;

[assembly: System.Resources.NeutralResourcesLanguage("en")]

namespace SovereignAnalyzers.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        // Before any MSBuild type loads: the MSBuild of the .NET SDK found at run time, as `dotnet format` uses.
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }

        // The same switch as the dotnet CLI's, for a language other than the system's (en, fr).
        if (Environment.GetEnvironmentVariable("DOTNET_CLI_UI_LANGUAGE") is { Length: > 0 } language)
        {
            try
            {
                CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo(language);
            }
            catch (CultureNotFoundException)
            {
                // An unknown language name keeps the system's.
            }
        }

        return CliApplication.RunAsync(args);
    }
}
