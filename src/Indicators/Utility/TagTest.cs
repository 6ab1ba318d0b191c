using System.Numerics;

namespace Indicators.Utility;

/// <summary>The two ways of testing tags in vector lanes (<see cref="ITagTest"/>).</summary>
internal static class TagTest
{
    /// <summary>
    /// Two comparisons, <c>~(t == tag | t == 0)</c>: for processors without an unsigned 64-bit minimum in their vector
    /// instructions.
    /// </summary>
    internal readonly struct ByEquality : ITagTest
    {
        /// <inheritdoc />
        public static Vector<long> Stray(Vector<long> pair, Vector<long> tags) =>
            ~(Vector.Equals(pair, tags) | Vector.Equals(pair, Vector<long>.Zero));
    }

    /// <summary>
    /// The unsigned minimum of <c>t</c> and <c>t ^ tag</c>, which is 0 exactly when <c>t</c> is 0 or the tag: one
    /// exclusive or and one minimum (<c>vpminuq</c> with AVX-512).
    /// </summary>
    internal readonly struct ByMinimum : ITagTest
    {
        /// <inheritdoc />
        public static Vector<long> Stray(Vector<long> pair, Vector<long> tags) =>
            Vector.AsVectorInt64(Vector.Min(Vector.AsVectorUInt64(pair), Vector.AsVectorUInt64(pair ^ tags)));
    }
}
