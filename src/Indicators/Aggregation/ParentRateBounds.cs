using System;
using System.Collections.Generic;
using System.Linq;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// The interval a parent's rate lies in, given each part's numerator N_i (an interval) and rate R_i (an interval, in
/// percent), when the parent's rate is Σn_i ÷ Σd_i over the parts' true numerators and denominators.
/// </summary>
/// <remarks>
/// <para><b>What is computed.</b> Numerators and rates are first cut to values that are not negative (a rate of counts:
/// a printed "0.00%" stands for [−0.005%, 0.005%), of which only [0, 0.005%) can be true). Write a_i, b_i for the ends
/// of N_i and l_i, h_i for those of R_i. With f_c(n) = Σn_i ÷ Σ(c_i·n_i):</para>
/// <list type="bullet">
/// <item>upper end U = max over n in the box Π[a_i, b_i] of f_c with c_i = 1/h_i (parts with h_i = 0 left out); unbounded
/// when some h_i is; max_i h_i when some b_i is unbounded; open exactly when every rate's upper end is open;</item>
/// <item>lower end L = 0 (closed) when some l_i is 0; else min_i l_i when some b_i is unbounded; else the min over the
/// box of f_c with c_i = 1/l_i; open exactly when every rate's lower end is open.</item>
/// </list>
/// <para>The max and min are found exactly: f_c is a ratio of two linear functions with a positive denominator, so its
/// extremes over a box are at vertices, and at the maximum f* the vertex has n_i = b_i where 1/c_i &gt; f* and n_i = a_i
/// where 1/c_i &lt; f* (maximising Σn_i(1 − c_i f*) ≥ 0, which holds at the optimum, picks exactly that vertex). Such a
/// vertex is a prefix of the parts sorted by 1/c_i descending set to b_i, the rest to a_i: the m + 1 prefixes are tried
/// and the best kept (for the minimum, sorted ascending).</para>
/// <para><b>Why the true parent rate lies inside.</b> Let n_i ∈ N_i, d_i &gt; 0 be the true figures, ρ_i = n_i/d_i ∈ R_i.
/// Both are not negative. Upper: the parts with n_i = 0 only add to Σd, so P = Σn_i/Σd_i ≤ Σn_i/Σ_{n_i&gt;0}(n_i/ρ_i) ≤
/// Σn_i/Σ(n_i/h_i) = f_{1/h}(n) ≤ U, since ρ_i ≤ h_i; if some h_i is unbounded there is nothing to prove, and if some b_i is
/// unbounded, P, a weighted harmonic mean of the ρ_i, is at most max ρ_i ≤ max h_i. When every rate's upper end is open,
/// ρ_i &lt; h_i for the parts with n_i &gt; 0 (there is one unless P = 0 &lt; U), so P &lt; f_{1/h}(n) ≤ U: the end is rightly
/// open. Lower: if some l_i = 0, P ≥ 0 = L. Otherwise every ρ_i ≥ l_i &gt; 0, so every n_i = ρ_i·d_i &gt; 0 and d_i = n_i/ρ_i ≤
/// n_i/l_i, hence P ≥ Σn_i/Σ(n_i/l_i) = f_{1/l}(n) ≥ L (or P ≥ min ρ_i ≥ min l_i), strictly when every lower end is open.
/// The interval is the exact hull of { Σn_i/Σ(n_i/ρ_i) } over the boxes: no narrower interval holds every parent rate
/// the printed figures allow, if each part's numerator and rate can take any real value in its bounds.</para>
/// </remarks>
internal static class ParentRateBounds
{
    /// <summary>The interval, in percent, of the parent's rate (see the remarks).</summary>
    /// <param name="parts">Each part's numerator bounds (in any unit, the same for all) and rate bounds in percent.</param>
    internal static ValueInterval Of(IReadOnlyList<(ValueInterval Numerator, ValueInterval Rate)> parts)
    {
        var n = parts.Select(p => NotNegative(p.Numerator, "numerator")).ToArray();
        var r = parts.Select(p => NotNegative(p.Rate, "rate")).ToArray();
        bool allUpperOpen = r.All(x => x.Upper is null || !x.IsUpperClosed);
        bool allLowerOpen = r.All(x => !x.IsLowerClosed);
        bool anyNumeratorUnbounded = n.Any(x => x.Upper is null);

        // Upper end.
        Ratio? upper;
        if (r.Any(x => x.Upper is null))
        {
            upper = null;
        }
        else if (anyNumeratorUnbounded)
        {
            upper = r.Max(x => x.Upper!.Value);
        }
        else
        {
            upper = Extreme(n, r.Select(x => x.Upper!.Value).ToArray(), maximum: true);
        }

        // Lower end.
        Ratio lower;
        bool lowerClosed;
        if (r.Any(x => x.Lower!.Value.Sign == 0))
        {
            (lower, lowerClosed) = (Ratio.Zero, true);
        }
        else if (anyNumeratorUnbounded)
        {
            (lower, lowerClosed) = (r.Min(x => x.Lower!.Value), !allLowerOpen);
        }
        else
        {
            (lower, lowerClosed) = (Extreme(n, r.Select(x => x.Lower!.Value).ToArray(), maximum: false), !allLowerOpen);
        }

        if (upper is not Ratio u)
        {
            return ValueInterval.AtLeast(lower, lowerClosed);
        }

        bool upperClosed = !allUpperOpen;
        if (u == lower)
        {
            (lowerClosed, upperClosed) = (true, true); // a single value: every rate exact, or only one part can weigh
        }

        return ValueInterval.Of(lower, lowerClosed, u, upperClosed);
    }

    /// <summary>The max (or min) over the box of Σn_i ÷ Σ(n_i / rates_i), over the m + 1 threshold vertices; parts with a
    /// rate of 0 are left out; 0 when no vertex gives any part a weight.</summary>
    private static Ratio Extreme(ValueInterval[] numerators, Ratio[] rates, bool maximum)
    {
        // Sums of many fractions outgrow Ratio's 128-bit terms: the steps are exact in unbounded integers.
        int[] order = Enumerable.Range(0, rates.Length).Where(i => rates[i].Sign > 0).ToArray();
        order = maximum ? order.OrderByDescending(i => rates[i]).ToArray() : order.OrderBy(i => rates[i]).ToArray();
        ExactFraction? best = null;
        for (int k = 0; k <= order.Length; k++)
        {
            ExactFraction num = 0;
            ExactFraction den = 0;
            for (int j = 0; j < order.Length; j++)
            {
                int i = order[j];
                ExactFraction weight = j < k ? numerators[i].Upper!.Value : numerators[i].Lower!.Value;
                num += weight;
                den += weight / rates[i];
            }

            if (den.Sign == 0)
            {
                continue;
            }

            ExactFraction value = num / den;
            if (best is not ExactFraction b || (maximum ? value > b : value < b))
            {
                best = value;
            }
        }

        return best is ExactFraction e ? Outward(e, up: maximum) : Ratio.Zero;
    }

    /// <summary>The fraction as a <see cref="Ratio"/>; where its terms do not fit, the nearest multiple of 10⁻¹⁵ beyond it
    /// (up for an upper end, down for a lower one), so that the interval only widens.</summary>
    internal static Ratio Outward(ExactFraction value, bool up)
    {
        if (value.TryToRatio(out Ratio exact))
        {
            return exact;
        }

        const long Scale = 1_000_000_000_000_000;
        System.Numerics.BigInteger units = (value * ExactFraction.Whole(Scale)) is var scaled && up ? scaled.Ceiling() : scaled.Floor();
        return new Ratio((Int128)units, Scale);
    }

    internal static ValueInterval NotNegative(ValueInterval bounds, string what) =>
        bounds.TryIntersect(ValueInterval.AtLeast(Ratio.Zero, inclusive: true), out ValueInterval cut)
            ? cut
            : throw new ArgumentException($"A part's {what} cannot be negative in a rate of counts; its bounds are {bounds}.", nameof(bounds));
}
