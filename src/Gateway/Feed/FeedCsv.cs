using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The feed as a spreadsheet for people in Dutch offices: Dutch headers, <c>;</c> between fields, RFC 4180 quotes,
/// dates <c>dd-mm-jjjj</c>, UTF-8 with BOM (Excel opens it right). A field that would start a formula gets a leading <c>'</c>.
/// </summary>
internal static class FeedCsv
{
    private static readonly string[] Headers =
        ["BSN/onderwijsnummer", "Achternaam", "Voorvoegsel", "Voornamen", "Geboortedatum", "Status", "Sinds", "Duur", "Scholen", "Woongemeente", "Open conflicten", "Actie door", "Uiterlijk"];

    public static byte[] Write(IReadOnlyList<FeedPupil> pupils)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var pupil in pupils)
        {
            var name = pupil.Names.OrderBy(n => n.Source switch { "BRP" => 0, "ROD" => 1, _ => 2 }).FirstOrDefault();
            Line(text,
            [
                pupil.Pgn, name?.Surname, name?.Prefix, name?.GivenNames, Date(name?.BirthDate), pupil.Status, Date(pupil.Since), pupil.Band,
                string.Join(", ", pupil.Schools), pupil.Woongemeente, string.Join(", ", pupil.OpenConflicts.Select(c => c.Code)),
                string.Join(", ", pupil.OpenConflicts.Select(c => c.Acts).Distinct()),
                pupil.OpenConflicts.Select(c => c.DueDate).Where(d => d is not null).Min() is { } due ? Date(due) : null,
            ]);
        }

        return Web.DutchCsv.Bytes(text);
    }

    private static void Line(StringBuilder text, string?[] fields) => Web.DutchCsv.Line(text, fields);

    private static string? Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A source's birth date (<c>yyyy[-mm[-dd]]</c>) the Dutch way round, as far as it is known.</summary>
    private static string? Date(string? birthDate) => birthDate is null ? null : string.Join('-', birthDate.Split('-').Reverse());
}
