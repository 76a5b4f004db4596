using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Json;

/// <summary>
/// A small dependency-free JSON reader that keeps source positions. It reads the provider catalog,
/// <c>sovereignty.json</c> and configuration files (which may hold comments and trailing commas, as
/// ASP.NET accepts them). It never recurses deeper than <see cref="MaxDepth"/>, so hostile input
/// cannot overflow the stack.
/// </summary>
internal sealed class JsonReader
{
    public const int MaxDepth = 128;

    private readonly string _text;
    private readonly bool _lenient;
    private int _pos;
    private int _depth;

    private JsonReader(string text, bool lenient)
    {
        _text = text;
        _lenient = lenient;
    }

    /// <summary>Parses a whole document. <paramref name="lenient"/> allows comments and trailing commas.</summary>
    public static JsonValue Parse(string text, bool lenient = false)
    {
        var reader = new JsonReader(text, lenient);
        reader.SkipBom();
        reader.SkipTrivia();
        if (reader._pos >= text.Length)
        {
            throw new JsonParseException(LocalizedText.Format(nameof(Strings.JsonEmptyDocument)), 0);
        }

        var value = reader.ReadValue();
        reader.SkipTrivia();
        if (reader._pos < text.Length)
        {
            throw reader.Error(nameof(Strings.JsonTrailingContent), reader.Describe(reader._pos));
        }

        return value;
    }

    /// <summary>
    /// Decodes the string token whose opening quote is at <paramref name="start"/> (escapes resolved).
    /// False when it is not a valid JSON string (unterminated, bad escape, raw control character).
    /// </summary>
    public static bool TryReadString(string text, int start, out string value)
    {
        var reader = new JsonReader(text, lenient: true) { _pos = start };
        try
        {
            value = reader.ReadString();
            return true;
        }
        catch (JsonParseException)
        {
            value = string.Empty;
            return false;
        }
    }

    private void SkipBom()
    {
        if (_pos < _text.Length && _text[_pos] == '\uFEFF')
        {
            _pos++;
        }
    }

    private JsonValue ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw Error(nameof(Strings.JsonUnexpectedEnd));
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                var start = _pos;
                var s = ReadString();
                return JsonValue.String(s, start, _pos - start);
            case 't':
                return ReadKeyword("true", JsonValue.Boolean(true, _pos, 4));
            case 'f':
                return ReadKeyword("false", JsonValue.Boolean(false, _pos, 5));
            case 'n':
                return ReadKeyword("null", JsonValue.Null(_pos, 4));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error(nameof(Strings.JsonUnexpectedCharacter), Describe(_pos));
        }
    }

    private JsonValue ReadKeyword(string keyword, JsonValue value)
    {
        if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) != 0)
        {
            throw Error(nameof(Strings.JsonUnexpectedCharacter), Describe(_pos));
        }

        _pos += keyword.Length;
        return value;
    }

    private JsonValue ReadObject()
    {
        var start = _pos;
        Enter();
        _pos++; // {
        var members = new List<JsonMember>();
        SkipTrivia();
        if (Peek() == '}')
        {
            _pos++;
            _depth--;
            return JsonValue.Object(members, start, _pos - start);
        }

        while (true)
        {
            SkipTrivia();
            if (Peek() != '"')
            {
                if (_lenient && Peek() == '}' && members.Count > 0)
                {
                    _pos++;
                    break;
                }

                throw Error(nameof(Strings.JsonExpectedPropertyName), Describe(_pos));
            }

            var nameStart = _pos;
            var name = ReadString();
            var nameLength = _pos - nameStart;
            SkipTrivia();
            if (Peek() != ':')
            {
                throw Error(nameof(Strings.JsonExpectedColon), Describe(_pos));
            }

            _pos++;
            SkipTrivia();
            var value = ReadValue();
            members.Add(new JsonMember(name, nameStart, nameLength, value));
            SkipTrivia();
            var c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == '}')
            {
                _pos++;
                break;
            }

            throw Error(nameof(Strings.JsonExpectedCommaOrBrace), Describe(_pos));
        }

        _depth--;
        return JsonValue.Object(members, start, _pos - start);
    }

    private JsonValue ReadArray()
    {
        var start = _pos;
        Enter();
        _pos++; // [
        var items = new List<JsonValue>();
        SkipTrivia();
        if (Peek() == ']')
        {
            _pos++;
            _depth--;
            return JsonValue.Array(items, start, _pos - start);
        }

        while (true)
        {
            SkipTrivia();
            if (_lenient && Peek() == ']' && items.Count > 0)
            {
                _pos++;
                break;
            }

            items.Add(ReadValue());
            SkipTrivia();
            var c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == ']')
            {
                _pos++;
                break;
            }

            throw Error(nameof(Strings.JsonExpectedCommaOrBracket), Describe(_pos));
        }

        _depth--;
        return JsonValue.Array(items, start, _pos - start);
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error(nameof(Strings.JsonTooDeep), MaxDepth);
        }
    }

    private string ReadString()
    {
        var openQuote = _pos;
        _pos++; // "
        StringBuilder? builder = null;
        var runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonParseException(LocalizedText.Format(nameof(Strings.JsonUnterminatedString)), openQuote);
            }

            var c = _text[_pos];
            if (c == '"')
            {
                string result;
                if (builder is null)
                {
                    result = _text.Substring(runStart, _pos - runStart);
                }
                else
                {
                    builder.Append(_text, runStart, _pos - runStart);
                    result = builder.ToString();
                }

                _pos++;
                return result;
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                _pos++;
                builder.Append(ReadEscape());
                runStart = _pos;
                continue;
            }

            if (c < ' ')
            {
                throw Error(nameof(Strings.JsonControlCharacterInString), Describe(_pos));
            }

            _pos++;
        }
    }

    private char ReadEscape()
    {
        if (_pos >= _text.Length)
        {
            throw Error(nameof(Strings.JsonUnexpectedEnd));
        }

        var c = _text[_pos++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_pos + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _pos += 4;
                    return (char)code;
                }

                break;
        }

        _pos--;
        throw Error(nameof(Strings.JsonInvalidEscape), Describe(_pos));
    }

    private JsonValue ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-')
        {
            _pos++;
        }

        var digits = SkipDigits();
        if (digits == 0)
        {
            throw Error(nameof(Strings.JsonInvalidNumber));
        }

        if (Peek() == '.')
        {
            _pos++;
            if (SkipDigits() == 0)
            {
                throw Error(nameof(Strings.JsonInvalidNumber));
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (SkipDigits() == 0)
            {
                throw Error(nameof(Strings.JsonInvalidNumber));
            }
        }

        double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        return JsonValue.Number(value, start, _pos - start);
    }

    private int SkipDigits()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
        {
            _pos++;
        }

        return _pos - start;
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && (_text[_pos + 1] == '/' || _text[_pos + 1] == '*'))
            {
                if (!_lenient)
                {
                    throw Error(nameof(Strings.JsonCommentsNotAllowed));
                }

                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        var start = _pos;
        if (_text[_pos + 1] == '/')
        {
            _pos += 2;
            while (_pos < _text.Length && _text[_pos] != '\n')
            {
                _pos++;
            }

            return;
        }

        var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new JsonParseException(LocalizedText.Format(nameof(Strings.JsonUnterminatedComment)), start);
        }

        _pos = end + 2;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private object Describe(int position)
    {
        if (position >= _text.Length)
        {
            return LocalizedText.Format(nameof(Strings.JsonEndOfText));
        }

        var c = _text[position];
        return c < ' ' || char.IsSurrogate(c)
            ? string.Format(CultureInfo.InvariantCulture, "U+{0:X4}", (int)c)
            : "'" + c + "'";
    }

    private JsonParseException Error(string resourceName, params object[] args)
        => new(LocalizedText.Format(resourceName, args), Math.Min(_pos, _text.Length));
}
