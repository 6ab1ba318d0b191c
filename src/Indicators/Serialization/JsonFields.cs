using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Indicators.Serialization;

/// <summary>The fields of one JSON object being read, and the checks and messages every object converter shares.</summary>
internal sealed class JsonFields
{
    private readonly JsonElement element;
    private readonly string typeName;
    private readonly string prefix;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    internal JsonFields(JsonElement element, string typeName, string prefix)
    {
        this.element = element;
        this.typeName = typeName;
        this.prefix = prefix;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Error($"property \"{prefix}{property.Name}\" appears twice");
            }
        }
    }

    /// <summary>Whether the object has the property (which then counts as read only when it is read).</summary>
    internal bool Has(string name) => element.TryGetProperty(name, out _);

    /// <summary>Whether the property is there and <c>null</c> (it then counts as read).</summary>
    internal bool IsNull(string name)
    {
        if (element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Null)
        {
            read.Add(name);
            return true;
        }

        return false;
    }

    /// <summary>A property that must be a string holding <paramref name="expected"/>, read with <paramref name="parse"/>.</summary>
    internal TValue Value<TValue>(string name, Func<string, TValue> parse, string expected)
    {
        JsonElement value = Property(name);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error($"property \"{prefix}{name}\" must be a JSON string holding {expected}; got {JsonText.Describe(value.ValueKind)}");
        }

        string text = value.GetString()!;
        try
        {
            return JsonText.Parse(text, parse, expected);
        }
        catch (JsonValueException e)
        {
            throw Error($"property \"{prefix}{name}\": {e.Detail}", e.InnerException);
        }
    }

    /// <summary>A property that must be <c>true</c> or <c>false</c>.</summary>
    internal bool Boolean(string name)
    {
        JsonElement value = Property(name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"property \"{prefix}{name}\" must be true or false; got {JsonText.Describe(value.ValueKind)}"),
        };
    }

    /// <summary>A property that must be the name of a member of <typeparamref name="TEnum"/>, exactly.</summary>
    internal TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        string[] names = System.Enum.GetNames<TEnum>();
        string text = Value(name, s => s, $"one of {string.Join(", ", names)}");
        foreach (TEnum member in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), text, StringComparison.Ordinal))
            {
                return member;
            }
        }

        throw Error($"property \"{prefix}{name}\" must be one of {string.Join(", ", names)}; got {Utility.TextExcerpt.Quote(text)}");
    }

    /// <summary>A property that must be an object, read by <paramref name="converter"/>.</summary>
    internal TValue Object<TValue>(string name, ObjectJsonConverter<TValue> converter, string nestedTypeName)
    {
        JsonElement value = Property(name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"property \"{prefix}{name}\" must be a JSON object describing a {nestedTypeName}; got {JsonText.Describe(value.ValueKind)}");
        }

        return converter.ReadFrom(new JsonFields(value, typeName, prefix + name + "."));
    }

    /// <summary>A derived property: it must be there and hold exactly what the other properties give.</summary>
    internal void Derived<TValue>(string name, TValue computed, Func<string, TValue> parse, string expected)
        where TValue : IEquatable<TValue>
    {
        TValue stated = Value(name, parse, expected);
        if (!stated.Equals(computed))
        {
            throw Error($"property \"{prefix}{name}\" is {stated}, but the other properties give {computed}");
        }
    }

    /// <summary>A derived flag: it must be there and be what the other properties give.</summary>
    internal void DerivedBoolean(string name, bool computed)
    {
        if (Boolean(name) != computed)
        {
            throw Error($"property \"{prefix}{name}\" is {(computed ? "false" : "true")}, but the other properties give {(computed ? "true" : "false")}");
        }
    }

    /// <summary>Builds the value, turning the argument errors of its factory into JSON errors.</summary>
    internal TValue Build<TValue>(Func<JsonFields, TValue> build)
    {
        try
        {
            return build(this);
        }
        catch (ArgumentException e)
        {
            throw Error($"the properties do not make a {typeName}: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw Error($"the properties do not make a {typeName}: {e.Message}", e);
        }
        catch (ArithmeticException e)
        {
            throw Error($"the properties do not make a {typeName}: {e.Message}", e);
        }
    }

    /// <summary>Throws when the object has a property nothing read.</summary>
    internal void CheckAllRead()
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                throw Error($"property \"{prefix}{property.Name}\" is not a property of this object");
            }
        }
    }

    private JsonElement Property(string name)
    {
        if (!element.TryGetProperty(name, out JsonElement value))
        {
            throw Error($"property \"{prefix}{name}\" is missing");
        }

        read.Add(name);
        return value;
    }

    private JsonValueException Error(string problem, Exception? inner = null) =>
        new($"Cannot read a {typeName}: {problem}.", inner);
}
