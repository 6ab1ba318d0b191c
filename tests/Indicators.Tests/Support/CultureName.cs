using System.Globalization;

namespace Indicators.Tests.Support;

/// <summary>A generated current-culture name (one of <see cref="Cultures.Current"/>).</summary>
public readonly record struct CultureName(string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A generated format provider (one of <see cref="Cultures.Providers"/>; may be null).</summary>
public readonly record struct FormatCulture(CultureInfo? Culture)
{
    /// <inheritdoc />
    public override string ToString() => Culture is null ? "(null)" : Culture.Name.Length == 0 ? "(invariant)" : Culture.Name;
}
