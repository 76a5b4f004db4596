namespace SovereignAnalyzers.Cli.Tests.Infrastructure;

/// <summary>A generated folder outside the repository (so no Directory.Build.props or policy of ours applies), deleted afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    /// <summary>A project with no package reference: restores from the SDK alone.</summary>
    public const string PlainProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
        </Project>
        """;

    public Scratch()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sovereign-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Path(string relative) => System.IO.Path.Combine(Folder, relative);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
