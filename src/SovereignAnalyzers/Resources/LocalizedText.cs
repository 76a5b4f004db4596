using System;
using System.Collections.Generic;
using System.Globalization;

namespace SovereignAnalyzers.Resources;

/// <summary>
/// A message part whose language is chosen when it is displayed, not when it is built: a resource
/// formatted with arguments (which may themselves be localized), a literal, or a list joined by a
/// separator. Diagnostics take these as message arguments, so an IDE in French shows French reasons: the
/// message is formatted with the display culture, which reaches <see cref="ToString(IFormatProvider)"/>.
/// </summary>
internal sealed class LocalizedText : IFormattable
{
    private readonly string? _resourceName;
    private readonly string? _literal;
    private readonly object[] _args;

    private LocalizedText(string? resourceName, string? literal, object[] args)
    {
        _resourceName = resourceName;
        _literal = literal;
        _args = args;
    }

    /// <summary>The resource <paramref name="resourceName"/> formatted with <paramref name="args"/>.</summary>
    public static LocalizedText Format(string resourceName, params object[] args) => new(resourceName, null, args);

    public static LocalizedText Literal(string text) => new(null, text, Array.Empty<object>());

    /// <summary>The parts joined by <paramref name="separator"/>: a literal (", ") or a localized text (French sets a narrow no-break space before ';').</summary>
    public static LocalizedText Join(object separator, IReadOnlyList<object> parts)
    {
        var args = new object[parts.Count * 2];
        for (var i = 0; i < parts.Count; i++)
        {
            args[2 * i] = i == 0 ? string.Empty : separator;
            args[(2 * i) + 1] = parts[i];
        }

        return new LocalizedText(null, null, args);
    }

    /// <summary>The text in the language of <paramref name="formatProvider"/> (a <see cref="CultureInfo"/>), or of the current UI culture when it is null.</summary>
    public string ToString(IFormatProvider? formatProvider)
    {
        if (_literal is not null)
        {
            return _literal;
        }

        var resolved = new object[_args.Length];
        for (var i = 0; i < _args.Length; i++)
        {
            resolved[i] = _args[i] is LocalizedText nested ? nested.ToString(formatProvider) : _args[i];
        }

        if (_resourceName is null)
        {
            return string.Concat(resolved);
        }

        // A null culture makes the resource manager use the current UI culture.
        var format = Strings.ResourceManager.GetString(_resourceName, formatProvider as CultureInfo) ?? _resourceName;
        return string.Format(formatProvider, format, resolved);
    }

    public override string ToString() => ToString(null);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(formatProvider);

    public override bool Equals(object? other)
    {
        if (other is not LocalizedText text || text._resourceName != _resourceName || text._literal != _literal || text._args.Length != _args.Length)
        {
            return false;
        }

        for (var i = 0; i < _args.Length; i++)
        {
            if (!Equals(_args[i], text._args[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = (_resourceName ?? _literal ?? string.Empty).GetHashCode();
        foreach (var arg in _args)
        {
            hash = (hash * 31) + (arg?.GetHashCode() ?? 0);
        }

        return hash;
    }
}
