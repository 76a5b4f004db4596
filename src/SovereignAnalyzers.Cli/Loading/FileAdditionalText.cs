using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>A file on disk handed to the analyzers as an additional file (read when first asked for).</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private SourceText? _text;
    private bool _read;

    public FileAdditionalText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        if (!_read)
        {
            try
            {
                using var stream = File.OpenRead(Path);
                _text = SourceText.From(stream);
            }
            catch (IOException)
            {
                _text = null;
            }
            catch (System.UnauthorizedAccessException)
            {
                _text = null;
            }

            _read = true;
        }

        return _text;
    }
}
