using Indicators.Regions;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="RegionCode"/> as its six digits ("331000") and reads it back with <see cref="RegionCode.Parse(string)"/>.</summary>
/// <remarks>Attached to <see cref="RegionCode"/> with <c>[JsonConverter]</c>. <c>default(RegionCode)</c> is
/// <see cref="RegionCode.None"/>, written "000000" and read back.</remarks>
public sealed class RegionCodeJsonConverter : TextJsonConverter<RegionCode>
{
    /// <inheritdoc/>
    private protected override string Expected => "a GB/T 2260 region code (RegionCode), six digits such as \"331000\", or \"000000\" for no region";

    /// <inheritdoc/>
    private protected override RegionCode Parse(string text) => RegionCode.Parse(text);
}
