using System;

namespace Indicators.Text;

/// <summary>
/// The state machine behind <see cref="ChineseNumeral"/>: one pass over the text, no exceptions; on failure
/// <see cref="ErrorPosition"/> and <see cref="Error"/> say where and why.
/// </summary>
internal sealed class NumeralReader
{
    private static readonly decimal[] Powers =
    [
        1m, 10m, 100m, 1000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m,
        10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m, 10_000_000_000_000m, 100_000_000_000_000m,
        1_000_000_000_000_000m, 10_000_000_000_000_000m,
    ];

    // The exponents a scale can have: 万 4, 兆 6 (by convention), 亿 8, 万亿 12 (or 兆), 兆 16 (by convention).
    private static readonly int[] ScaleExponents = [4, 6, 8, 12, 16];

    private readonly string text;
    private readonly int zhaoExponent;  // 0: 兆 is refused
    private readonly bool colloquial;   // 三万五 = 35 000, 一百十一 = 111
    private readonly bool arabic;       // Arabic digits may stand for multipliers
    private int pos;

    // Scale groups already closed, by exponent 4 (万), 6 or 16 (兆), 8 (亿), 12 (万亿); at most one of each.
    private readonly decimal[] groups = new decimal[17];
    private readonly bool[] hasGroup = new bool[17];
    private int lowestScale = 99;
    private bool decimalScale;        // a decimal took a scale (1.5万): nothing may follow     // the exponent of the last scale closed; groups below must stay under it

    private decimal section;          // the part below the current scale: 一千二百 → 1200
    private bool sectionWritten;      // something (a digit or a unit) is in the section
    private int lastSmallExp = 4;     // the last small unit of the section (3 千, 2 百, 1 十); 4 = none yet
    private int lastUnitExp = -1;     // the last unit of any kind, as an exponent; -1 = none yet
    private bool zeroSeen;            // a 零 since the last unit
    private int zeroPos;
    private bool written;             // anything at all has been read

    // A digit (or Arabic number) that no unit has taken yet.
    private bool hasPending;
    private decimal pending;
    private int pendingPos;
    private bool pendingSingleDigit;  // one digit, Chinese or Arabic, usable by the colloquial rule
    private bool pendingFractional;

    internal NumeralReader(string text)
        : this(text, zhaoExponent: 0, colloquial: true, arabic: true)
    {
    }

    /// <param name="text">The numeral, with nothing before or after it.</param>
    /// <param name="zhaoExponent">The power of ten 兆 stands for (6, 12 or 16), or 0 to refuse it.</param>
    /// <param name="colloquial">Whether a bare trailing digit counts in the place below the last unit (三万五 = 35 000)
    /// and 十 may follow 百 without its digit (一百十一 = 111).</param>
    /// <param name="arabic">Whether Arabic digits are read.</param>
    internal NumeralReader(string text, int zhaoExponent, bool colloquial, bool arabic)
    {
        this.text = text;
        this.zhaoExponent = zhaoExponent;
        this.colloquial = colloquial;
        this.arabic = arabic;
    }

    internal int ErrorPosition { get; private set; }

    internal string Error { get; private set; } = "";

    internal bool TryRead(out decimal value)
    {
        value = 0m;
        try
        {
            if (!Read(out decimal result))
            {
                return false;
            }

            value = result == 0m ? 0m : result / 1.0000000000000000000000000000m;
            return true;
        }
        catch (OverflowException)
        {
            return Fail(text.Length, "the value exceeds the range of decimal");
        }
    }

    private bool Read(out decimal result)
    {
        result = 0m;
        if (text.Length == 0)
        {
            return Fail(0, "the text is empty");
        }

        bool negative = false;
        if (text[0] is '负' or '負' or '-' or '－' or '−')
        {
            negative = true;
            pos = 1;
            if (text.Length == 1)
            {
                return Fail(1, "a sign needs a number after it");
            }
        }

        while (pos < text.Length)
        {
            if (decimalScale)
            {
                return Fail(pos, "a decimal with a scale (1.5万) must end the number");
            }

            char c = text[pos];
            int digit = ChineseDigit(c);
            if (digit > 0)
            {
                if (!Digit(digit, pos))
                {
                    return false;
                }

                pos++;
            }
            else if (digit == 0)
            {
                if (!Zero())
                {
                    return false;
                }
            }
            else if (ArabicDigit(c) >= 0)
            {
                if (!arabic)
                {
                    return Fail(pos, "Arabic digits are not read here; write the number in characters");
                }

                if (!Arabic())
                {
                    return false;
                }
            }
            else if (SmallUnit(c) is int small and > 0)
            {
                if (!Small(small))
                {
                    return false;
                }

                pos++;
            }
            else if (c is '廿' or '卅' or '卌')
            {
                // 廿 = 二十, 卅 = 三十, 卌 = 四十.
                if (!Digit(c switch { '廿' => 2, '卅' => 3, _ => 4 }, pos) || !Small(1))
                {
                    return false;
                }

                pos++;
            }
            else if (ScaleAt(pos, out int exp, out int length))
            {
                int at = pos;
                pos += length;
                if (!Scale(exp, at))
                {
                    return false;
                }
            }
            else if (c is '点' or '點')
            {
                if (!Point(out result))
                {
                    return false;
                }

                result = negative ? -result : result;
                return true;
            }
            else
            {
                return Fail(pos, Unknown(c));
            }
        }

        if (!Finish(out result))
        {
            return false;
        }

        result = negative ? -result : result;
        return true;
    }

    private bool Digit(int digit, int at)
    {
        if (hasPending)
        {
            return Fail(at, RangeOrRepeat(at));
        }

        if (lastSmallExp == 0)
        {
            return Fail(at, "a digit follows the units digit");
        }

        SetPending(digit, at, single: true, fractional: false);
        return true;
    }

    private bool Zero()
    {
        int at = pos;
        if (hasPending)
        {
            return Fail(at, $"零 follows a digit ({text[pendingPos]}{text[at]}): digit-by-digit strings are not read as one number");
        }

        if (!written)
        {
            // 零 alone, or 零点五.
            pos++;
            if (pos < text.Length && text[pos] is not ('点' or '點'))
            {
                return Fail(pos, "nothing but 点 may follow a leading 零");
            }

            written = true;
            sectionWritten = true;
            lastSmallExp = 0;
            return true;
        }

        if (zeroSeen)
        {
            return Fail(at, "零 is repeated: one 零 stands for any number of skipped places");
        }

        zeroSeen = true;
        zeroPos = at;
        pos++;
        return true;
    }

    private bool Arabic()
    {
        int start = pos;
        if (hasPending)
        {
            return Fail(start, "a digit follows a digit");
        }

        decimal whole = 0m;
        int digits = 0;
        while (pos < text.Length && ArabicDigit(text[pos]) is int d and >= 0)
        {
            whole = (whole * 10m) + d;
            digits++;
            pos++;
        }

        if (pos + 1 < text.Length && IsGroupSeparator(text[pos]) && ArabicDigit(text[pos + 1]) >= 0)
        {
            if (!ReadGroups(digits, ref whole))
            {
                return false;
            }

            digits = 4; // a grouped number is never a single digit
        }

        bool fractional = false;
        if (pos + 1 < text.Length && text[pos] is '.' or '．' && ArabicDigit(text[pos + 1]) >= 0)
        {
            pos++;
            if (!ReadFraction(arabicOnly: true, out decimal fraction))
            {
                return false;
            }

            whole = ExactSum(whole, fraction, start, out bool exact);
            if (!exact)
            {
                return false;
            }

            fractional = true;
        }

        SetPending(whole, start, single: digits == 1 && !fractional, fractional);
        return true;
    }

    private bool Small(int exp)
    {
        int at = pos;
        decimal multiplier;
        if (hasPending)
        {
            multiplier = pending;
        }
        else if (exp == 1 && (!written || zeroSeen))
        {
            multiplier = 1m; // 十五 = 15, 一千零十 = 1010
        }
        else if (exp == 1 && colloquial && lastSmallExp == 2)
        {
            multiplier = 1m; // 一百十一 = 111
        }
        else
        {
            return Fail(at, $"{text[at]} has no digit before it (only a leading 十 stands for 一十)");
        }

        if (exp >= lastSmallExp)
        {
            return Fail(at, lastSmallExp == exp
                ? $"{text[at]} is repeated within one group"
                : $"{text[at]} comes after a smaller unit; units must decrease");
        }

        if (zeroSeen && lastSmallExp < 4 && lastSmallExp - exp == 1)
        {
            return Fail(zeroPos, "零 where no place is skipped");
        }

        section += multiplier * Powers[exp];
        sectionWritten = true;
        lastSmallExp = exp;
        lastUnitExp = exp;
        ClearPending();
        zeroSeen = false;
        written = true;
        return true;
    }

    private bool Scale(int exp, int at)
    {
        string name = text.Substring(at, pos - at);
        if (hasGroup[exp])
        {
            return Fail(at, $"{name} comes twice in one number (as {UnitName(exp)})");
        }

        bool absorb = false;
        foreach (int e in ScaleExponents)
        {
            if (e < exp && hasGroup[e])
            {
                // 一万三千亿 = 1.3万亿: 亿 may take a leading 万 group, nothing else.
                if (exp == 8 && e == 4 && lowestScale == 4 && !hasGroup[6] && !hasGroup[12] && !hasGroup[16])
                {
                    absorb = true;
                }
                else
                {
                    return Fail(at, $"{name} comes after a smaller scale; scales must decrease");
                }
            }
        }

        if (zeroSeen && !hasPending)
        {
            return Fail(zeroPos, $"零 needs a digit after it, not {name}");
        }

        bool fractional = hasPending && pendingFractional;
        if (hasPending && !AddPendingAsUnits(at, beforeScale: true))
        {
            return false;
        }

        decimalScale = fractional;
        if (!sectionWritten && !absorb)
        {
            return Fail(at, $"{name} has no number before it");
        }

        decimal amount = section;
        if (absorb)
        {
            amount += groups[4];
            hasGroup[4] = false;
            groups[4] = 0m;
        }

        groups[exp] = amount * Powers[exp];
        if (!absorb && lowestScale < 99 && groups[exp] >= Powers[lowestScale])
        {
            return Fail(at, $"the number before {name} overlaps the places of {UnitName(lowestScale)}");
        }

        hasGroup[exp] = true;
        lowestScale = exp;
        section = 0m;
        sectionWritten = false;
        lastSmallExp = 4;
        lastUnitExp = exp;
        zeroSeen = false;
        written = true;
        return true;
    }

    private bool Point(out decimal result)
    {
        result = 0m;
        int at = pos;
        if (!written && !hasPending)
        {
            return Fail(at, "点 has no number before it");
        }

        if (hasPending && pendingFractional)
        {
            return Fail(at, "a number has two decimal points");
        }

        if (zeroSeen && !hasPending)
        {
            return Fail(zeroPos, "零 needs a digit after it, not 点");
        }

        if (hasPending && !AddPendingAsUnits(at))
        {
            return false;
        }

        pos++;
        if (pos >= text.Length || (ChineseDigit(text[pos]) < 0 && ArabicDigit(text[pos]) < 0))
        {
            return Fail(pos, "点 needs digits after it");
        }

        if (!ReadFraction(arabicOnly: false, out decimal fraction))
        {
            return false;
        }

        decimal whole = ExactSum(section, fraction, at, out bool exact);
        if (!exact)
        {
            return false;
        }

        if (pos < text.Length && ScaleAt(pos, out int exp, out int length))
        {
            int scaleAt = pos;
            pos += length;
            if (lowestScale < 99)
            {
                return Fail(scaleAt, "a decimal with a scale (一点五万) must be the whole number");
            }

            whole *= Powers[exp];
        }

        if (pos < text.Length)
        {
            return Fail(pos, "nothing may follow the decimal part but 万, 亿 or 万亿");
        }

        if (lowestScale < 99 && whole >= Powers[lowestScale])
        {
            return Fail(at, $"the number overlaps the places of {UnitName(lowestScale)}");
        }

        result = ExactSum(GroupTotal(), whole, at, out exact);
        return exact;
    }

    private bool Finish(out decimal result)
    {
        result = 0m;
        if (!written && !hasPending)
        {
            return Fail(pos, "a sign needs a number after it");
        }

        if (zeroSeen && !hasPending)
        {
            return Fail(zeroPos, "零 ends the number; it needs a digit after it");
        }

        if (hasPending)
        {
            if (zeroSeen || lastUnitExp <= 1)
            {
                if (!AddPendingAsUnits(pendingPos))
                {
                    return false;
                }
            }
            else if (pendingSingleDigit && !colloquial)
            {
                return Fail(pendingPos, $"a digit after {UnitName(lastUnitExp)} needs 零 before it (units) or a unit of its own");
            }
            else if (pendingSingleDigit)
            {
                // The colloquial rule: 三万五 = 35 000, 一千一 = 1100.
                section += pending * Powers[lastUnitExp - 1];
            }
            else if (pendingFractional)
            {
                return Fail(pendingPos, $"a decimal cannot follow {UnitName(lastUnitExp)}");
            }
            else if (pending >= Powers[lastSmallExp < 4 ? lastSmallExp : lastUnitExp])
            {
                return Fail(pendingPos, $"the number is too large for the places below {UnitName(lastSmallExp < 4 ? lastSmallExp : lastUnitExp)}");
            }
            else
            {
                section += pending; // 1万600 = 10 600
            }
        }

        result = ExactSum(GroupTotal(), section, pendingPos, out bool exact);
        return exact;
    }

    private decimal GroupTotal() => groups[16] + groups[12] + groups[8] + groups[6] + groups[4];

    /// <summary>Whether a scale (万 亿 万亿, or 兆 under a convention) starts at <paramref name="at"/>.</summary>
    private bool ScaleAt(int at, out int exp, out int length)
    {
        char c = text[at];
        exp = 0;
        length = 1;
        if (c is '万' or '萬')
        {
            exp = 4;
            if (at + 1 < text.Length && text[at + 1] is '亿' or '億')
            {
                exp = 12; // 万亿 = 10^12
                length = 2;
            }
            else if (at + 1 < text.Length && text[at + 1] is '万' or '萬')
            {
                exp = 8; // 万万 = 亿 (四万万 = 4 × 10^8)
                length = 2;
            }
        }
        else if (c is '亿' or '億')
        {
            exp = 8;
            if (at + 1 < text.Length && text[at + 1] is '亿' or '億')
            {
                exp = 16; // 亿亿 = 10^16
                length = 2;
            }
        }
        else if (c == '兆' && zhaoExponent > 0)
        {
            exp = zhaoExponent;
        }

        return exp > 0;
    }

    /// <summary>Adds the pending digit in the units place, where that is unambiguous.</summary>
    private bool AddPendingAsUnits(int at, bool beforeScale = false)
    {
        if (!zeroSeen && lastSmallExp is 2 or 3)
        {
            return Fail(pendingPos, $"a digit after {UnitName(lastSmallExp)} needs 零 (units) or a unit of its own");
        }

        if (!zeroSeen && lastSmallExp == 4 && lastUnitExp >= 4 && pendingSingleDigit && !beforeScale)
        {
            return Fail(at, $"a digit after {UnitName(lastUnitExp)} needs 零 or a unit of its own here");
        }

        if (pendingFractional && (lastSmallExp < 4 || zeroSeen))
        {
            return Fail(pendingPos, "a decimal cannot follow a unit");
        }

        if (zeroSeen && lastSmallExp < 4 && lastSmallExp == 1)
        {
            return Fail(zeroPos, "零 where no place is skipped");
        }

        section += pending;
        sectionWritten = true;
        lastSmallExp = 0;
        ClearPending();
        zeroSeen = false;
        return true;
    }

    /// <summary>Reads ",234,567" after the leading group: groups of exactly three digits, one separator throughout.</summary>
    private bool ReadGroups(int leadingDigits, ref decimal whole)
    {
        char separator = text[pos];
        if (leadingDigits > 3)
        {
            return Fail(pos, $"a thousands separator must follow one to three digits, not {leadingDigits}");
        }

        while (pos < text.Length && text[pos] == separator)
        {
            pos++;
            int groupStart = pos;
            int n = 0;
            while (pos < text.Length && ArabicDigit(text[pos]) is int d and >= 0)
            {
                if (n == 3)
                {
                    return Fail(pos, "a digit group after a thousands separator has more than three digits");
                }

                whole = (whole * 10m) + d;
                n++;
                pos++;
            }

            if (n != 3)
            {
                return Fail(groupStart, n == 0
                    ? "a thousands separator needs three digits after it"
                    : $"the digit group after a thousands separator has {n} digit{(n == 1 ? "" : "s")}, not three");
            }
        }

        if (pos < text.Length && IsGroupSeparator(text[pos]))
        {
            return Fail(pos, "thousands separators are mixed; write one kind throughout");
        }

        return true;
    }

    /// <summary>Thousands separators: comma, full-width comma, thin space, narrow no-break space.</summary>
    private static bool IsGroupSeparator(char c) => c is ',' or '，' or '\u2009' or '\u202F';

    private bool ReadFraction(bool arabicOnly, out decimal fraction)
    {
        decimal mantissa = 0m;
        int places = 0;
        fraction = 0m;
        while (pos < text.Length)
        {
            int d = ArabicDigit(text[pos]);
            if (d < 0 && !arabicOnly)
            {
                d = ChineseDigit(text[pos]);
                if (text[pos] is '两' or '兩')
                {
                    return Fail(pos, "两 is not a decimal digit");
                }
            }

            if (d < 0)
            {
                break;
            }

            if (places == 28)
            {
                return Fail(pos, "more than 28 decimal places");
            }

            mantissa = (mantissa * 10m) + d;
            places++;
            pos++;
        }

        fraction = mantissa / Pow10(places);
        return true;
    }

    private static decimal Pow10(int places)
    {
        decimal p = 1m;
        for (int i = 0; i < places; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private decimal ExactSum(decimal a, decimal b, int at, out bool exact)
    {
        decimal sum = a + b;
        exact = sum - a == b && sum - b == a;
        if (!exact)
        {
            Fail(at, "more significant digits than decimal holds (28)");
        }

        return sum;
    }

    private void SetPending(decimal value, int at, bool single, bool fractional)
    {
        hasPending = true;
        pending = value;
        pendingPos = at;
        pendingSingleDigit = single;
        pendingFractional = fractional;
        written = true;
    }

    private void ClearPending()
    {
        hasPending = false;
        pending = 0m;
        pendingSingleDigit = false;
        pendingFractional = false;
    }

    private string RangeOrRepeat(int at)
    {
        int first = ChineseDigit(text[pendingPos]);
        int second = ChineseDigit(text[at]);
        if (first > 0 && second == first + 1 && pendingPos == at - 1)
        {
            return $"{text[pendingPos]}{text[at]} is a range ({first} or {second}), not a single number (ChineseNumeralReading reads ranges)";
        }

        return $"a digit follows a digit ({text[pendingPos]}{text[at]}); digit-by-digit strings are not read as one number";
    }

    private static string Unknown(char c) => c switch
    {
        '兆' => "兆 is ambiguous (10⁶, 10¹² or 10¹⁶ depending on the convention); write 百万 or 万亿, or choose a ChineseNumeralZhao convention",
        '几' or '幾' => $"{c} stands for an unknown digit: 十几 and 几十 are ranges, not single numbers (ChineseNumeralReading reads ranges)",
        '多' or '余' or '餘' or '来' or '來' => $"{c} makes an approximate number (三十多), not a single number",
        _ => char.IsHighSurrogate(c) || char.IsLowSurrogate(c) || char.IsControl(c)
            ? $"U+{(int)c:X4} is not part of a numeral"
            : $"'{c}' is not part of a numeral",
    };

    private static string UnitName(int exp) => exp switch
    {
        1 => "十",
        2 => "百",
        3 => "千",
        4 => "万",
        6 => "兆 (10⁶)",
        8 => "亿",
        12 => "万亿",
        16 => "兆 (10¹⁶)",
        _ => "a unit",
    };

    private bool Fail(int at, string problem)
    {
        ErrorPosition = at;
        Error = problem;
        return false;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '兩' or '俩' or '倆' or '贰' or '貳' => 2,
        '三' or '叁' or '參' or '叄' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static int ArabicDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    private static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 1,
        '百' or '佰' => 2,
        '千' or '仟' => 3,
        _ => 0,
    };
}
