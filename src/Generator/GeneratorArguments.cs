namespace Thuiszitters.Generator;

/// <summary>The <c>--name value</c> pairs of the generator's command line (the gateway's commands parse theirs alike).</summary>
internal sealed class GeneratorArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static GeneratorArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new GeneratorArguments();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                parsed._values[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                parsed._values[name] = args[++i];
            }
            else
            {
                parsed._values[name] = "true";
            }
        }

        return parsed;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;
}
