namespace Thuiszitters.DemoFakes;

/// <summary>The command line of the fakes; the secrets come from the environment only.</summary>
internal sealed record FakeOptions(Uri SisUrl, Uri DuoUrl, string School, string DataFolder, string ClientId, string ClientSecret, string DuoToken)
{
    public const string Usage =
        "usage: DemoFakes --sis-url http://127.0.0.1:PORT --duo-url http://127.0.0.1:PORT --school 12AB00 --data FOLDER [--client-id ID]\n" +
        "  FOLDER holds the school's leerlingen_SCHOOL_*.csv and verzuim_SCHOOL_*.csv; environment: SisApi__ClientSecret, DuoRod__AccessToken";

    public static FakeOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        var secret = Environment.GetEnvironmentVariable("SisApi__ClientSecret");
        var token = Environment.GetEnvironmentVariable("DuoRod__AccessToken");
        if (!Loopback(values.GetValueOrDefault("sis-url"), out var sis) || !Loopback(values.GetValueOrDefault("duo-url"), out var duo)
            || values.GetValueOrDefault("school") is not { Length: 6 } school || values.GetValueOrDefault("data") is not { Length: > 0 } data
            || string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(token))
        {
            return null;
        }

        return new FakeOptions(sis, duo, school, data, values.GetValueOrDefault("client-id") ?? "gateway", secret, token);
    }

    /// <summary>An http URL on a loopback address: the fakes never listen beyond this machine.</summary>
    private static bool Loopback(string? text, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || parsed.Scheme != "http" || !parsed.IsLoopback)
        {
            return false;
        }

        url = parsed;
        return true;
    }
}
