using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>The register tables the source records land in (one per record kind).</summary>
internal static class FactTables
{
    public static FactTable SchoolPupils { get; } = FactTable.For<PupilRecord>(
        "school_pupils",
        "school",
        ["source_key", "bsn", "onderwijsnummer", "achternaam", "voorvoegsel", "voornamen", "voorletters", "roepnaam",
            "birth_year", "birth_month", "birth_day", "geslacht", "postcode", "gemeente", "begin_date", "end_date", "reason", "destination"],
        (w, r) =>
        {
            w.WriteText(r.SourceKey);
            w.WriteText(r.Bsn);
            w.WriteText(r.Onderwijsnummer);
            w.WriteText(r.Achternaam);
            w.WriteText(r.Voorvoegsel);
            w.WriteText(r.Voornamen);
            w.WriteText(r.Voorletters);
            w.WriteText(r.Roepnaam);
            w.WritePartialDate(r.Geboortedatum);
            w.WriteText(r.Geslacht);
            w.WriteText(r.Postcode);
            w.WriteText(r.Woongemeente?.Value);
            w.WriteDate(r.Inschrijfdatum);
            w.WriteDate(r.Uitschrijfdatum);
            w.WriteText(r.RedenUitschrijving);
            w.WriteText(r.Bestemming?.ToString());
        });

    /// <summary>A pupil's consecutive absence days as one row (<see cref="AbsenceRunBuffer"/>).</summary>
    public static FactTable AbsenceRuns { get; } = FactTable.Runs(
        "absence_runs",
        "school",
        ["stamnummer", "bsn", "onderwijsnummer", "dates", "hours", "codes"],
        () => new AbsenceRunBuffer());

    public static FactTable ThuiszitterRegistrations { get; } = FactTable.For<RegistrationRecord>(
        "thuiszitter_registrations",
        "school",
        ["bsn", "onderwijsnummer", "start_date", "end_date", "reden", "aanbod", "plan", "regiehouder", "gemeld_op"],
        (w, r) =>
        {
            w.WriteText(r.Bsn);
            w.WriteText(r.Onderwijsnummer);
            w.WriteDate(r.Start);
            w.WriteDate(r.End);
            w.WriteText(r.Reden);
            w.WriteBoolean(r.Aanbod);
            w.WriteBoolean(r.Plan);
            w.WriteText(r.Regiehouder);
            w.WriteDate(r.GemeldOp);
        });

    public static FactTable RodPersons { get; } = FactTable.For<RodPersonRecord>(
        "rod_persons",
        "recipient",
        ["pgn", "birth_year", "birth_month", "birth_day", "achternaam", "voorvoegsel", "voornamen", "gemeente", "postcode", "startkwalificatie"],
        (w, r) =>
        {
            w.WriteText(r.Pgn);
            w.WritePartialDate(r.Geboortedatum);
            w.WriteText(r.Achternaam);
            w.WriteText(r.Voorvoegsel);
            w.WriteText(r.Voornamen);
            w.WriteText(r.Woongemeente?.Value);
            w.WriteText(r.Postcode);
            w.WriteDate(r.Startkwalificatie);
        });

    public static FactTable RodEnrolments { get; } = FactTable.For<RodEnrolmentRecord>(
        "rod_enrolments",
        "recipient",
        ["pgn", "school", "volgnummer", "begin_date", "end_date", "sector", "mutatie"],
        (w, r) =>
        {
            w.WriteText(r.Pgn);
            w.WriteText(r.School.ToString());
            w.WriteInt32(r.Volgnummer);
            w.WriteDate(r.Begin);
            w.WriteDate(r.End);
            w.WriteText(r.Sector);
            w.WriteText(r.Mutatie);
        });

    public static FactTable Verzuimmeldingen { get; } = FactTable.For<RodReportRecord>(
        "verzuimmeldingen",
        "recipient",
        ["meldingsnummer", "pgn", "school", "soort", "begin_date", "end_date", "status", "reden_ingetrokken"],
        (w, r) =>
        {
            w.WriteText(r.Meldingsnummer);
            w.WriteText(r.Pgn);
            w.WriteText(r.School.ToString());
            w.WriteText(r.Soort);
            w.WriteDate(r.Begin);
            w.WriteDate(r.End);
            w.WriteText(r.Status);
            w.WriteText(r.RedenIngetrokken);
        });

    public static FactTable Vrijstellingen { get; } = FactTable.For<RodExemptionRecord>(
        "vrijstellingen",
        "recipient",
        ["pgn", "artikel", "begin_date", "end_date", "gemeente"],
        (w, r) =>
        {
            w.WriteText(r.Pgn);
            w.WriteText(r.Artikel);
            w.WriteDate(r.Begin);
            w.WriteDate(r.End);
            w.WriteText(r.Gemeente?.Value);
        });

    public static FactTable PgnLinks { get; } = FactTable.For<RodLinkRecord>(
        "pgn_links",
        "recipient",
        ["bsn", "onderwijsnummer"],
        (w, r) =>
        {
            w.WriteText(r.Bsn);
            w.WriteText(r.Onderwijsnummer);
        });

    public static FactTable Residents { get; } = FactTable.For<ResidentRecord>(
        "residents",
        "gemeente",
        ["bsn", "birth_year", "birth_month", "birth_day", "achternaam", "voorvoegsel", "voornamen", "postcode", "datum_vestiging", "datum_vertrek"],
        (w, r) =>
        {
            w.WriteText(r.Bsn);
            w.WritePartialDate(r.Geboortedatum);
            w.WriteText(r.Achternaam);
            w.WriteText(r.Voorvoegsel);
            w.WriteText(r.Voornamen);
            w.WriteText(r.Postcode);
            w.WriteDate(r.DatumVestiging);
            w.WriteDate(r.DatumVertrek);
        });

    /// <summary>
    /// The tables a file of <paramref name="kind"/> can write facts to (the kind its name gives: the name selects the
    /// reader). An ingest run knows from these when no remaining file can write a table any more.
    /// </summary>
    public static IReadOnlyList<FactTable> WrittenBy(SourceKind kind) => kind switch
    {
        SourceKind.Edex or SourceKind.PupilsCsv => [SchoolPupils],
        SourceKind.AbsencesCsv => [AbsenceRuns],
        SourceKind.RegistrationsCsv => [ThuiszitterRegistrations],
        SourceKind.RodBatch => [RodPersons, RodEnrolments, Verzuimmeldingen, Vrijstellingen, PgnLinks],
        SourceKind.BrpExtract => [Residents],
        _ => [],
    };
}
