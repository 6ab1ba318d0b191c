using System;
using System.Text;

namespace Indicators.Utility;

/// <summary>Type names as C# writes them, for messages: "Count&lt;Events&gt;", not "Count`1".</summary>
internal static class TypeNames
{
    /// <summary>The name of <typeparamref name="T"/>, with its type arguments.</summary>
    internal static string Of<T>() => Cache<T>.Name;

    private static string Format(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        var text = new StringBuilder(tick < 0 ? name : name[..tick]).Append('<');
        Type[] arguments = type.GetGenericArguments();
        for (int i = 0; i < arguments.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Format(arguments[i]));
        }

        return text.Append('>').ToString();
    }

    private static class Cache<T>
    {
        internal static readonly string Name = Format(typeof(T));
    }
}
