using System;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Something done for one count unit named at compile time.</summary>
internal interface IUnitVisitor<out TResult>
{
    TResult Visit<TUnit>()
        where TUnit : ICountUnit;
}

/// <summary>Something done for one quantity type named at compile time.</summary>
internal interface IQuantityVisitor<out TResult>
{
    TResult Visit<T>()
        where T : struct, IQuantity<T>;
}

/// <summary>
/// The closed generic types the converter factories know without reflection: each generic instantiation is written out
/// here, so the trimmer and the AOT compiler see every one of them (no <c>MakeGenericType</c>).
/// </summary>
internal static class KnownQuantities
{
    /// <summary>The predefined count units' markers.</summary>
    internal static bool TryVisitUnit<TResult>(Type unit, IUnitVisitor<TResult> visitor, out TResult result)
    {
        result = unit == typeof(Enterprises) ? visitor.Visit<Enterprises>()
            : unit == typeof(Positions) ? visitor.Visit<Positions>()
            : unit == typeof(Events) ? visitor.Visit<Events>()
            : unit == typeof(Sessions) ? visitor.Visit<Sessions>()
            : unit == typeof(Agreements) ? visitor.Visit<Agreements>()
            : unit == typeof(Trips) ? visitor.Visit<Trips>()
            : unit == typeof(Carriages) ? visitor.Visit<Carriages>()
            : unit == typeof(Flights) ? visitor.Visit<Flights>()
            : unit == typeof(Sites) ? visitor.Visit<Sites>()
            : unit == typeof(Projects) ? visitor.Visit<Projects>()
            : unit == typeof(PersonTimes) ? visitor.Visit<PersonTimes>()
            : default!;
        return result is not null;
    }

    /// <summary>Money, Headcount, HeadcountChange, UnitCount and Count of each predefined unit.</summary>
    internal static bool TryVisitQuantity<TResult>(Type quantity, IQuantityVisitor<TResult> visitor, out TResult result)
    {
        if (quantity == typeof(Money))
        {
            result = visitor.Visit<Money>();
        }
        else if (quantity == typeof(Headcount))
        {
            result = visitor.Visit<Headcount>();
        }
        else if (quantity == typeof(HeadcountChange))
        {
            result = visitor.Visit<HeadcountChange>();
        }
        else if (quantity == typeof(UnitCount))
        {
            result = visitor.Visit<UnitCount>();
        }
        else if (quantity.IsGenericType && quantity.GetGenericTypeDefinition() == typeof(Count<>)
            && TryVisitUnit(quantity.GetGenericArguments()[0], new CountOf<TResult>(visitor), out result))
        {
            return true;
        }
        else
        {
            result = default!;
            return false;
        }

        return true;
    }

    /// <summary>The generic argument of <paramref name="type"/> when it is <paramref name="definition"/> closed over one type.</summary>
    internal static Type? ArgumentOf(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type.GetGenericArguments()[0] : null;

    /// <summary>A message for a closed generic type no factory knows, telling how to register its converter.</summary>
    internal static NotSupportedException Unknown(Type type, string converter) => new(
        $"{type} has no built-in JSON converter: its factory knows Money, Headcount, HeadcountChange, UnitCount and the counts of the predefined units, " +
        $"and making a converter for any other type argument would need run-time code generation. Register {converter} for it in " +
        "JsonSerializerOptions.Converters (or the Converters of [JsonSourceGenerationOptions]).");

    private sealed class CountOf<TResult>(IQuantityVisitor<TResult> inner) : IUnitVisitor<TResult>
    {
        public TResult Visit<TUnit>()
            where TUnit : ICountUnit => inner.Visit<Count<TUnit>>();
    }
}
