using System.Text.Json.Serialization;

namespace Indicators.Targets;

/// <summary>What a target asks for (DESIGN rule 9). Only an at-least target has a completion percentage.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<TargetKind>))]
public enum TargetKind
{
    /// <summary>A floor (预期目标, "1100万人以上"): completion is actual ÷ target, and may pass 100% (超额完成).</summary>
    AtLeast = 0,

    /// <summary>A ceiling (控制目标, "城镇登记失业率控制在3.5%以内"): met or not, with the headroom left; never a percentage.</summary>
    AtMost = 1,

    /// <summary>A level ("5.5%左右"): met when the actual lies within a tolerance of it.</summary>
    About = 2,
}
