using System.Numerics;

namespace Indicators.Utility;

/// <summary>
/// How <see cref="CheckedSum.TrySumTagged{TTest}"/> tests the tags of a vector of pairs: a lane is stray (not zero in
/// the result) exactly when it is neither 0 nor the tag. The lanes of the values give garbage, which the caller masks off.
/// </summary>
internal interface ITagTest
{
    /// <summary>Not zero exactly in the lanes of <paramref name="pair"/> that are neither 0 nor <paramref name="tags"/>'s.</summary>
    /// <param name="pair">Slots of pairs, as read.</param>
    /// <param name="tags">The tag in every lane.</param>
    /// <returns>0 in the lanes that are 0 or the tag.</returns>
    static abstract Vector<long> Stray(Vector<long> pair, Vector<long> tags);
}
