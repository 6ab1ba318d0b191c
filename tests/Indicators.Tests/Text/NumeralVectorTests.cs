using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>
/// Runs every numeral vector of NumeralVectors/*.tsv: input → value pairs taken from the published test suites of other
/// Chinese-numeral readers (cn2an, nzh, chinese-numbers-converter, Microsoft.Recognizers.Text, Duckling), each with its
/// source, our expected reading, and where we differ the reason.
/// </summary>
public class NumeralVectorTests
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "tests", "Indicators.Tests", "Text", "NumeralVectors");
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        throw new DirectoryNotFoundException($"No tests/Indicators.Tests/Text/NumeralVectors above {AppContext.BaseDirectory}.");
    });

    private static readonly string[] Agreements = ["same", "rounded", "differs"];

    /// <summary>The peers, one file each.</summary>
    public static TheoryData<string> Peers() => new(PeerNames);

    private static readonly string[] PeerNames = ["cn2an", "nzh", "chinese-numbers-converter", "recognizers", "duckling"];

    [Theory]
    [MemberData(nameof(Peers))]
    public void EveryVector_ReadsAsWeExpect_AndEveryAgreementClaimHolds(string peer)
    {
        List<Vector> vectors = Read(peer);
        Assert.True(vectors.Count >= 25, $"{peer}: only {vectors.Count} vectors");
        var failures = new StringBuilder();
        foreach (Vector v in vectors)
        {
            string? problem = Check(v);
            if (problem is not null)
            {
                failures.Append(v.Line).Append(": ").Append(v.Input).Append(" → ").Append(problem).Append('\n');
            }
        }

        Assert.True(failures.Length == 0, $"{peer}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void EveryVector_ReadsAsWeExpect_UnderEveryCulture(string culture)
    {
        string failures = Cultures.With(culture, () =>
        {
            var sb = new StringBuilder();
            foreach (string peer in PeerNames)
            {
                foreach (Vector v in Read(peer))
                {
                    if (Check(v) is string problem)
                    {
                        sb.Append(peer).Append(' ').Append(v.Line).Append(": ").Append(problem).Append('\n');
                    }
                }
            }

            return sb.ToString();
        });
        Assert.True(failures.Length == 0, $"{culture}:\n{failures}");
    }

    [Theory]
    [MemberData(nameof(Peers))]
    public void EveryVector_HasASource_AndEveryDifferenceAReason(string peer)
    {
        foreach (Vector v in Read(peer))
        {
            Assert.False(string.IsNullOrWhiteSpace(v.Source), $"{peer} line {v.Line}: no source");
            Assert.Contains(v.Agreement, Agreements);
            if (v.Agreement != "same")
            {
                Assert.False(string.IsNullOrWhiteSpace(v.Note), $"{peer} line {v.Line}: a difference without a reason");
            }
        }
    }

    private static string? Check(Vector v)
    {
        Value ours = Value.Of(v.Ours);
        Value peer = Value.Of(v.Peer);
        string? claim = v.Agreement switch
        {
            "same" when !peer.SameAs(ours) => $"marked same, but the peer expects {v.Peer} and we expect {v.Ours}",
            "rounded" when !peer.RoundsFrom(ours) => $"marked rounded, but {v.Peer} is not {v.Ours} rounded",
            "differs" when peer.SameAs(ours) => "marked differs, but the values agree",
            _ => null,
        };
        if (claim is not null)
        {
            return claim;
        }

        ChineseNumeralZhao zhao = v.Options switch
        {
            "zhao=6" => ChineseNumeralZhao.TenToThe6,
            "zhao=12" => ChineseNumeralZhao.TenToThe12,
            "zhao=16" => ChineseNumeralZhao.TenToThe16,
            _ => ChineseNumeralZhao.Refused,
        };
        bool read = ChineseNumeralReading.TryParse(v.Input, zhao, out ChineseNumeralReading reading);
        bool amount = AmountInWords.TryParse(v.Input, out Money money);
        switch (ours.Kind)
        {
            case 'e':
                return read ? $"expected an error, read {reading}" : amount ? $"expected an error, read {money} as an amount" : null;
            case '¥':
                return !amount ? "expected an amount, not read as one"
                    : Ratio.FromDecimal(money.Yuan) == ours.Low ? null : $"expected ¥{v.Ours}, read {money.Yuan}";
            case 'r':
                return !read ? "expected a range, refused"
                    : reading.IsRange && reading.Low == ours.Low && reading.High == ours.High ? null : $"expected {v.Ours}, read {reading}";
            case 'v':
            case '%':
                return !read ? $"expected {v.Ours}, refused"
                    : !reading.IsRange && reading.Value == ours.Low ? null : $"expected {v.Ours}, read {reading}";
            default:
                return $"our expectation {v.Ours} is not a value we can read";
        }
    }

    private static List<Vector> Read(string peer)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Folder.Value, peer + ".tsv"), Encoding.UTF8);
        var vectors = new List<Vector>();
        bool header = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Length == 0)
            {
                continue;
            }

            string[] f = lines[i].Split('\t');
            Assert.True(f.Length == 7, $"{peer} line {i + 1}: {f.Length} columns, expected 7");
            if (!header)
            {
                Assert.Equal("input", f[0]);
                header = true;
                continue;
            }

            string input = f[0].Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            vectors.Add(new Vector(i + 1, input, f[1], f[2], f[3], f[4], f[5], f[6]));
        }

        return vectors;
    }

    private sealed record Vector(int Line, string Input, string Peer, string Ours, string Agreement, string Options, string Source, string Note);

    /// <summary>A value as written in a vector file: kind e (error), c (code), r (range), ¥ (amount), % (percent), v (number).</summary>
    private readonly record struct Value(char Kind, Ratio Low, Ratio High, int Decimals)
    {
        internal static Value Of(string s)
        {
            if (s == "error")
            {
                return new('e', Ratio.Zero, Ratio.Zero, 0);
            }

            if (s.StartsWith("code:", StringComparison.Ordinal))
            {
                return new('c', Ratio.Zero, Ratio.Zero, 0);
            }

            int dots = s.IndexOf("..", StringComparison.Ordinal);
            if (dots > 0)
            {
                return new('r', Ratio.Parse(s[..dots]), Ratio.Parse(s[(dots + 2)..]), 0);
            }

            if (s.StartsWith('¥'))
            {
                return new('¥', Ratio.Parse(s[1..]), Ratio.Parse(s[1..]), 0);
            }

            if (s.EndsWith('%'))
            {
                Ratio p = Ratio.Parse(s[..^1]) / 100;
                return new('%', p, p, DecimalsOf(s[..^1]) + 2);
            }

            Ratio r = Ratio.Parse(s);
            return new('v', r, r, DecimalsOf(s));
        }

        internal bool SameAs(Value other) => (Kind, other.Kind) switch
        {
            ('e', 'e') => true,
            ('e', _) or (_, 'e') or ('c', _) or (_, 'c') => false,
            ('r', 'r') => Low == other.Low && High == other.High,
            ('r', _) or (_, 'r') => false,
            _ => Low == other.Low,
        };

        /// <summary>Whether this value is <paramref name="exact"/> rounded or cut to this value's decimals.</summary>
        internal bool RoundsFrom(Value exact)
        {
            if (Kind is 'e' or 'c' or 'r' || exact.Kind is 'e' or 'c' or 'r' || Low == exact.Low)
            {
                return false;
            }

            Ratio unit = Ratio.One;
            for (int i = 0; i < Decimals; i++)
            {
                unit /= 10;
            }

            Ratio diff = Low - exact.Low;
            return (diff.Sign < 0 ? -diff : diff) < unit;
        }

        private static int DecimalsOf(string s)
        {
            int point = s.IndexOf('.', StringComparison.Ordinal);
            return point < 0 ? 0 : s.Length - point - 1;
        }
    }
}
