namespace Thuiszitters.Connectors;

/// <summary>
/// What a drop-folder file name says: the format, the owner (school code, ROD recipient or gemeentecode) and the
/// export date or ROD batch number.
/// </summary>
public sealed record DropFileName(SourceKind Kind, string Owner, DateOnly? Date, long? BatchNumber)
{
    private const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Recognises <c>&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.edex.xml</c>, <c>leerlingen_</c>/<c>verzuim_</c>/<c>thuiszitters_&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.csv</c>,
    /// <c>rod_&lt;RECIPIENT&gt;_&lt;batch&gt;.txt</c> and <c>brp_&lt;GEMEENTE&gt;_&lt;yyyymmdd&gt;.csv</c>. A directory part is ignored.
    /// </summary>
    public static bool TryParse(string fileName, out DropFileName? name)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        name = null;
        var file = Path.GetFileName(fileName.AsSpan());

        if (file.EndsWith(".edex.xml", IgnoreCase))
        {
            return TrySchoolExport(SourceKind.Edex, file[..^".edex.xml".Length], out name);
        }

        if (file.EndsWith(".csv", IgnoreCase))
        {
            var stem = file[..^".csv".Length];
            if (StripPrefix(ref stem, "leerlingen_"))
            {
                return TrySchoolExport(SourceKind.PupilsCsv, stem, out name);
            }

            if (StripPrefix(ref stem, "verzuim_"))
            {
                return TrySchoolExport(SourceKind.AbsencesCsv, stem, out name);
            }

            if (StripPrefix(ref stem, "thuiszitters_"))
            {
                return TrySchoolExport(SourceKind.RegistrationsCsv, stem, out name);
            }

            if (StripPrefix(ref stem, "brp_") && TrySplit(stem, out var gemeente, out var rest)
                && GemeenteCode.TryParse(gemeente, out var code) && PartialDate.TryParseDate(rest, DateFormat.Compact, out var date))
            {
                name = new DropFileName(SourceKind.BrpExtract, code.Value, date, null);
                return true;
            }

            return false;
        }

        if (file.EndsWith(".txt", IgnoreCase))
        {
            var stem = file[..^".txt".Length];
            if (StripPrefix(ref stem, "rod_") && TrySplit(stem, out var recipient, out var batch)
                && IsRecipient(recipient) && TryBatchNumber(batch, out var number))
            {
                name = new DropFileName(SourceKind.RodBatch, new string(recipient), null, number);
                return true;
            }
        }

        return false;
    }

    /// <summary>A ROD recipient: a gemeentecode (<c>0361</c>) or an SWV code (<c>VO2203</c>).</summary>
    internal static bool IsRecipient(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 16)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TrySchoolExport(SourceKind kind, ReadOnlySpan<char> stem, out DropFileName? name)
    {
        name = null;
        if (!TrySplit(stem, out var school, out var rest)
            || !SchoolCode.TryParse(school, out var code)
            || !PartialDate.TryParseDate(rest, DateFormat.Compact, out var date))
        {
            return false;
        }

        name = new DropFileName(kind, code.ToString(), date, null);
        return true;
    }

    private static bool StripPrefix(ref ReadOnlySpan<char> stem, string prefix)
    {
        if (!stem.StartsWith(prefix, IgnoreCase))
        {
            return false;
        }

        stem = stem[prefix.Length..];
        return true;
    }

    private static bool TrySplit(ReadOnlySpan<char> stem, out ReadOnlySpan<char> owner, out ReadOnlySpan<char> rest)
    {
        var i = stem.IndexOf('_');
        owner = i < 0 ? default : stem[..i];
        rest = i < 0 ? default : stem[(i + 1)..];
        return i > 0 && rest.IndexOf('_') < 0;
    }

    private static bool TryBatchNumber(ReadOnlySpan<char> s, out long number)
    {
        number = 0;
        if (s.Length is 0 or > 15)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
