using System.Text.Json.Serialization;

namespace Indicators.Regions;

/// <summary>Where a region stands in a hierarchy: a GB/T 2260 level, a city's own 市本级 part, or a group defined in data.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<RegionLevel>))]
public enum RegionLevel
{
    /// <summary>A province-level unit (省, 自治区, 直辖市, 特别行政区): codes of the form <c>XX0000</c>.</summary>
    Province = 0,

    /// <summary>A prefecture-level unit (地级市, 地区, 自治州, 盟): codes of the form <c>XXXX00</c>.</summary>
    Prefecture = 1,

    /// <summary>A county-level unit (市辖区, 县级市, 县, 旗, and the province-administered county-level units <c>XX90YY</c>).</summary>
    County = 2,

    /// <summary>
    /// A city's own level (市本级): what the city's departments report for themselves, a part of the city that is no county.
    /// It has no GB/T 2260 code of its own.
    /// </summary>
    CityLevel = 3,

    /// <summary>Any other grouping defined in data: a yearbook's 市区, or a group of cities such as 浙东北.</summary>
    Group = 4,
}
