using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Tests.Serialization;
using Xunit;

namespace Indicators.Tests.Contracts;

/// <summary>
/// A sweep over every public value type of the library (generic ones closed over <see cref="Headcount"/>,
/// <see cref="Money"/> and <see cref="Count{TUnit}"/> of enterprises, as their constraints allow): <c>default</c>'s
/// <c>ToString()</c> never throws, reads back through <c>Parse</c> where the type is parsable, and goes through JSON
/// where the type has a converter. A new struct whose default breaks one of these fails here until it is fixed or listed
/// below with its reason.
/// </summary>
public class DefaultValueContractTests
{
    /// <summary>Parsable types whose <c>default</c> does not read back, as their XML docs say.</summary>
    private static readonly Dictionary<Type, string> DefaultDoesNotReadBack = new()
    {
        // (none: every parsable default reads back)
    };

    /// <summary>Types with a converter whose <c>default</c> is refused on writing with a JsonException, as their docs say.</summary>
    private static readonly Dictionary<Type, string> DefaultRefusedByJson = new()
    {
        // An average among nothing has no value: AverageJsonConverter refuses it.
        [typeof(Indicators.Aggregation.Average<Headcount>)] = "shares among nothing",
        [typeof(Indicators.Aggregation.Average<Money>)] = "shares among nothing",
        [typeof(Indicators.Aggregation.Average<Count<Enterprises>>)] = "shares among nothing",

        // A completion against no target has no rate: TargetCompletionJsonConverter refuses it.
        [typeof(Indicators.Targets.TargetCompletion<Headcount>)] = "no target",
        [typeof(Indicators.Targets.TargetCompletion<Money>)] = "no target",
        [typeof(Indicators.Targets.TargetCompletion<Count<Enterprises>>)] = "no target",

        // ImpliedTarget.From never gives default: ImpliedTargetJsonConverter refuses it (it used to write JSON that
        // reading then refused).
        [typeof(Indicators.Targets.ImpliedTarget<Headcount>)] = "comes from no figures",
        [typeof(Indicators.Targets.ImpliedTarget<Money>)] = "comes from no figures",
        [typeof(Indicators.Targets.ImpliedTarget<Count<Enterprises>>)] = "comes from no figures",
    };

    private static readonly Type[] Closers = [typeof(Headcount), typeof(Money), typeof(Count<Enterprises>)];

    public static TheoryData<Type> ValueTypes()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in PublicStructs())
        {
            data.Add(type);
        }

        return data;
    }

    /// <summary>Every public struct (enums excluded), with each generic one closed over every argument its constraints take.</summary>
    public static IEnumerable<Type> PublicStructs()
    {
        foreach (Type type in typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsGenericTypeDefinition)
            {
                yield return type;
                continue;
            }

            Assert.Single(type.GetGenericArguments()); // a new arity needs closers here
            bool any = false;
            foreach (Type closer in Closers.Concat([typeof(Enterprises)]))
            {
                Type? closed = TryClose(type, closer);
                if (closed is not null)
                {
                    any = true;
                    yield return closed;
                }
            }

            Assert.True(any, $"{type} cannot be closed over any of the closers");
        }
    }

    [Fact]
    public void Sweep_FindsTheValueTypes()
    {
        Type[] types = [.. PublicStructs()];
        Assert.Contains(typeof(Money), types);
        Assert.Contains(typeof(Count<Enterprises>), types);
        Assert.Contains(typeof(Indicators.Reporting.PublishedFigure<Money>), types);
        Assert.Contains(typeof(Indicators.Targets.RateTargetOutcome), types);
        Assert.True(types.Length > 25, $"only {types.Length} value types found");
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Default_ToString_DoesNotThrow(Type type)
    {
        object value = Activator.CreateInstance(type)!;
        Assert.NotNull(value.ToString());
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Default_ReadsBackThroughParse_OrIsListed(Type type)
    {
        Type? parsable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>));
        if (parsable is null)
        {
            Assert.False(DefaultDoesNotReadBack.ContainsKey(type), $"{type} is listed but is not parsable");
            return;
        }

        object value = Activator.CreateInstance(type)!;
        string text = value.ToString()!;
        MethodInfo parse = Implementation(type, parsable, "Parse", [typeof(string), typeof(IFormatProvider)]);
        MethodInfo tryParse = Implementation(type, parsable, "TryParse", [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        object?[] arguments = [text, null, null];
        bool read = (bool)tryParse.Invoke(null, arguments)!;
        if (DefaultDoesNotReadBack.TryGetValue(type, out string? reason))
        {
            Assert.False(read && Equals(arguments[2], value), $"{type} is listed ({reason}) but its default reads back: remove it from the list");
            return;
        }

        Assert.True(read, $"default({Name(type)}).ToString() is \"{text}\", which TryParse rejects");
        Assert.Equal(value, arguments[2]);
        Assert.Equal(value, parse.Invoke(null, [text, null]));
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Default_GoesThroughJson_OrIsRefusedAsDocumented(Type type)
    {
        if (!HasConverter(type))
        {
            return;
        }

        object value = Activator.CreateInstance(type)!;
        if (DefaultRefusedByJson.TryGetValue(type, out string? reason))
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(value, type, JsonTestOptions.Web));
            return;
        }

        string json = JsonSerializer.Serialize(value, type, JsonTestOptions.Web);
        Assert.Equal(value, JsonSerializer.Deserialize(json, type, JsonTestOptions.Web));
    }

    /// <summary>Every public struct has a JSON converter (on itself or its generic definition).</summary>
    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void EveryValueType_HasAConverter(Type type)
    {
        if (type == typeof(Indicators.Reporting.QualifierMarker))
        {
            return; // may become internal: no converter on purpose
        }

        Assert.True(HasConverter(type), $"{Name(type)} has no [JsonConverter]: it would be written as its getters");
    }

    private static bool HasConverter(Type type) =>
        type.GetCustomAttribute<JsonConverterAttribute>() is not null
        || (type.IsGenericType && type.GetGenericTypeDefinition().GetCustomAttribute<JsonConverterAttribute>() is not null);

    private static MethodInfo Implementation(Type type, Type iface, string name, Type[] parameters)
    {
        InterfaceMapping map = type.GetInterfaceMap(iface);
        for (int i = 0; i < map.InterfaceMethods.Length; i++)
        {
            if (map.InterfaceMethods[i].Name == name
                && map.InterfaceMethods[i].GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters))
            {
                return map.TargetMethods[i];
            }
        }

        throw new InvalidOperationException($"{type} implements no {name}");
    }

    private static Type? TryClose(Type definition, Type argument)
    {
        try
        {
            return definition.MakeGenericType(argument);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Name(Type type) => type.IsGenericType ? type.Name + "[" + type.GetGenericArguments()[0].Name + "]" : type.Name;
}
