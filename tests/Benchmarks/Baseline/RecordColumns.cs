using System.Globalization;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// A source record as the text of the register columns the ingest fills (<see cref="FactTable.Columns"/>, same order):
/// the baseline copies exactly the values the product writes, only through <c>psql \copy</c> from a plain file.
/// </summary>
internal static class RecordColumns
{
    /// <summary>
    /// The absence days as they arrive, a row per day: the columns of the register's view <c>absence_days</c>. The register
    /// stores a pupil's consecutive days as one <c>absence_runs</c> row; the baseline copies the same records as rows.
    /// </summary>
    public static FactTable AbsenceDays { get; } = FactTable.For<AbsenceRecord>(
        new FactTableSchema("absence_days", "school", ["stamnummer", "bsn", "onderwijsnummer", "date", "hours", "code"]),
        (_, _) => throw new InvalidOperationException("the baseline writes text files, not COPY rows"));

    public static (FactTable Table, string?[] Values) Of(SourceRecord record)
    {
        var (table, values) = record switch
        {
            PupilRecord r => (FactTables.SchoolPupils, new[]
            {
                r.SourceKey, Text(r.Bsn), Text(r.Onderwijsnummer), r.Achternaam, r.Voorvoegsel, r.Voornamen, r.Voorletters, r.Roepnaam,
                Int(r.Geboortedatum?.Year), Int(r.Geboortedatum?.Month), Int(r.Geboortedatum?.Day), r.Geslacht, r.Postcode,
                r.Woongemeente?.Value, Date(r.Inschrijfdatum), Date(r.Uitschrijfdatum), r.RedenUitschrijving, r.Bestemming?.ToString(),
            }),
            AbsenceRecord r => (AbsenceDays, new[]
            {
                r.Stamnummer, Text(r.Bsn), Text(r.Onderwijsnummer), Date(r.Date), r.Hours.ToString(CultureInfo.InvariantCulture),
                AbsenceCodes.Name(AbsenceCodes.Number(r.Code)),
            }),
            RegistrationRecord r => (FactTables.ThuiszitterRegistrations, new[]
            {
                Text(r.Bsn), Text(r.Onderwijsnummer), Date(r.Start), Date(r.End), r.Reden, Bool(r.Aanbod), Bool(r.Plan), r.Regiehouder,
                Date(r.GemeldOp),
            }),
            RodPersonRecord r => (FactTables.RodPersons, new[]
            {
                r.Pgn.Value, Int(r.Geboortedatum?.Year), Int(r.Geboortedatum?.Month), Int(r.Geboortedatum?.Day), r.Achternaam,
                r.Voorvoegsel, r.Voornamen, r.Woongemeente?.Value, r.Postcode, Date(r.Startkwalificatie),
            }),
            RodEnrolmentRecord r => (FactTables.RodEnrolments, new[]
            {
                r.Pgn.Value, r.School.ToString(), Int(r.Volgnummer), Date(r.Begin), Date(r.End), r.Sector, r.Mutatie.ToString(),
            }),
            RodReportRecord r => (FactTables.Verzuimmeldingen, new[]
            {
                r.Meldingsnummer, r.Pgn.Value, r.School.ToString(), r.Soort, Date(r.Begin), Date(r.End), r.Status.ToString(),
                r.RedenIngetrokken,
            }),
            RodExemptionRecord r => (FactTables.Vrijstellingen, new[]
            {
                r.Pgn.Value, r.Artikel, Date(r.Begin), Date(r.End), r.Gemeente?.Value,
            }),
            RodLinkRecord r => (FactTables.PgnLinks, new[] { r.Bsn.Value, r.Onderwijsnummer.Value }),
            ResidentRecord r => (FactTables.Residents, new[]
            {
                r.Bsn.Value, Int(r.Geboortedatum?.Year), Int(r.Geboortedatum?.Month), Int(r.Geboortedatum?.Day), r.Achternaam,
                r.Voorvoegsel, r.Voornamen, r.Postcode, Date(r.DatumVestiging), Date(r.DatumVertrek),
            }),
            _ => throw new BenchmarkException($"no baseline columns for a {record.GetType().Name}"),
        };

        // The product's column list is the contract; a drift here would compare different rows.
        return values.Length == table.Columns.Count
            ? (table, values)
            : throw new BenchmarkException($"{table.Name} has {table.Columns.Count} columns, the baseline writes {values.Length}");
    }

    private static string? Text(Pgn? pgn) => pgn?.Value;

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "t" : "f";
}
