using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Benchmarks.Harness;

/// <summary>
/// The callbacks an analyzer registered, as a tree: top-level registrations, those made in its
/// compilation-start actions, and those made in nested start actions (symbol, code block, operation
/// block), with the syntax, symbol and operation kinds of each. Recorded by <see cref="RecordingAnalyzer"/>
/// while the real analyzer runs; replayed with empty callbacks by <see cref="FloorAnalyzer"/>.
/// </summary>
internal sealed class RegistrationScope
{
    private readonly List<Registration> _registrations = new();
    private readonly object _gate = new();
    private int _invocation;

    public IReadOnlyList<Registration> Registrations => _registrations;

    public GeneratedCodeAnalysisFlags? GeneratedCode { get; set; }

    public bool Concurrent { get; set; }

    /// <summary>
    /// Starts one invocation of a start action: its registrations are merged with earlier invocations'
    /// by position (the n-th registration of each invocation is one entry, with the union of kinds).
    /// </summary>
    public Recorder Begin()
    {
        lock (_gate)
        {
            _invocation++;
        }

        return new Recorder(this);
    }

    public void Describe(StringBuilder text, string indent)
    {
        foreach (var registration in _registrations)
        {
            text.Append(indent).Append(registration.Action);
            if (registration.Kinds.Count > 0)
            {
                text.Append(" [").Append(string.Join(", ", registration.Kinds.Select(registration.KindName))).Append(']');
            }

            if (CallbackTimer.Enabled)
            {
                text.Append(": ").Append(registration.Timer);
            }

            text.Append('\n');
            registration.Nested?.Describe(text, indent + "  ");
        }
    }

    public int Count => _registrations.Sum(r => 1 + (r.Nested?.Count ?? 0));

    public void ResetTimers()
    {
        foreach (var registration in _registrations)
        {
            registration.Timer.Reset();
            registration.Nested?.ResetTimers();
        }
    }

    internal sealed class Recorder
    {
        private readonly RegistrationScope _scope;
        private int _position;

        public Recorder(RegistrationScope scope) => _scope = scope;

        public Registration Add(string action, IEnumerable<int>? kinds = null, Func<int, string>? kindName = null, string? detail = null)
        {
            lock (_scope._gate)
            {
                var position = _position++;
                Registration registration;
                if (position < _scope._registrations.Count && _scope._registrations[position].Action == action && _scope._registrations[position].Detail == detail)
                {
                    registration = _scope._registrations[position];
                }
                else
                {
                    registration = new Registration(action, detail, kindName ?? (k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    _scope._registrations.Insert(Math.Min(position, _scope._registrations.Count), registration);
                }

                if (kinds is not null)
                {
                    registration.Kinds.UnionWith(kinds);
                }

                return registration;
            }
        }

        public Registration AddSymbol(ImmutableArray<SymbolKind> kinds)
            => Add("Symbol", kinds.Select(k => (int)k), Registration.SymbolKindName);

        public Registration AddSyntaxNode<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
            where TLanguageKindEnum : struct
            => Add("SyntaxNode", kinds.Select(k => Convert.ToInt32(k, System.Globalization.CultureInfo.InvariantCulture)), Registration.SyntaxKindName);

        public Registration AddOperation(ImmutableArray<OperationKind> kinds)
            => Add("Operation", kinds.Select(k => (int)k), Registration.OperationKindName);
    }
}
