using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Indicators.Tests.Serialization;

/// <summary>One item of a list, so that a bad value sits at <c>$.items[2].amount</c>.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class JsonItem<T>
{
    /// <summary>The value.</summary>
    public T Amount { get; set; } = default!;
}

/// <summary>A list of items.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class JsonItems<T>
{
    /// <summary>The items.</summary>
    public List<JsonItem<T>?> Items { get; set; } = [];
}

/// <summary>The options the JSON tests use: camelCase names and Chinese characters and "+" written as they are.</summary>
public static class JsonTestOptions
{
    /// <summary>Reflection-based options (the tests run under the JIT).</summary>
    public static JsonSerializerOptions Web { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
