using System.Text.Json.Serialization;

namespace Indicators.Regions;

/// <summary>
/// How a successor row of the built-in list was found (data/gb2260/README.md, "successors.tsv"). The first four are
/// inferences by rule from the lists, in the same list where the old code stops; the last three were checked by hand for
/// Zhejiang against published administrative histories. None is an official decision.
/// </summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<SuccessionBasis>))]
public enum SuccessionBasis
{
    /// <summary>A code with exactly the same name and the same first four digits first appears in the list where the old
    /// code stops (<c>auto:same-name-same-prefecture</c>).</summary>
    SameNameSamePrefecture = 0,

    /// <summary>The same name in the same province, under another prefecture block: mostly the re-codings of the 1980s and
    /// 1990s (<c>auto:same-name-same-province</c>).</summary>
    SameNameSameProvince = 1,

    /// <summary>The same name stem and the same first four digits: 玉环县 331021 → 玉环市 331083
    /// (<c>auto:same-stem-same-prefecture</c>).</summary>
    SameStemSamePrefecture = 2,

    /// <summary>The same name stem in the same province, under another prefecture block: 台州地区 332600 → 台州市 331000
    /// (<c>auto:same-stem-same-province</c>).</summary>
    SameStemSameProvince = 3,

    /// <summary>Checked by hand: the unit was abolished and a unit of another name set up over (most of) its area
    /// (<c>manual:replaced-by</c>).</summary>
    ReplacedBy = 4,

    /// <summary>Checked by hand: the whole unit went into a unit that already existed, or into one new unit
    /// (<c>manual:merged-into</c>).</summary>
    MergedInto = 5,

    /// <summary>Checked by hand: the unit's area was divided, one row for each part (<c>manual:split</c>).</summary>
    Split = 6,
}
