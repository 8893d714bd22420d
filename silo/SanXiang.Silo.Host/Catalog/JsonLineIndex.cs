using System.Text.Json;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>Maps each value's path (<c>$.orgUnits[0].name</c>) to the 1-based line it starts on.</summary>
internal static class JsonLineIndex
{
    public static Dictionary<string, int> Build(ReadOnlySpan<byte> json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        var scopes = new Stack<Scope>();
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += json[counted..start].Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var owner = scopes.Peek();
                    owner.Pending = owner.Path + "." + reader.GetString();
                    lines[owner.Pending] = line;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    scopes.Push(new Scope(ValuePath(scopes, lines, line), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    scopes.Pop();
                    break;
                default:
                    ValuePath(scopes, lines, line);
                    break;
            }
        }

        return lines;
    }

    private static string ValuePath(Stack<Scope> scopes, Dictionary<string, int> lines, int line)
    {
        if (scopes.Count == 0)
        {
            lines["$"] = line;
            return "$";
        }

        var scope = scopes.Peek();
        if (!scope.IsArray)
        {
            // An object's value keeps the line of its property name.
            return scope.Pending;
        }

        var path = $"{scope.Path}[{scope.Next++}]";
        lines[path] = line;
        return path;
    }

    private sealed class Scope(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public string Pending { get; set; } = path;

        public int Next { get; set; }
    }
}
