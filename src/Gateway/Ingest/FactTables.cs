using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// The register tables the source records land in (one per record kind): each table's columns as its declaration in
/// <c>Register/Tables</c> gives them, and how a record is written to them, in that order.
/// </summary>
internal static class FactTables
{
    public static FactTable SchoolPupils { get; } = FactTable.For<PupilRecord>(
        SchoolPupilsTable.Schema,
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
        AbsenceRunsTable.Schema,
        () => new AbsenceRunBuffer());

    public static FactTable ThuiszitterRegistrations { get; } = FactTable.For<RegistrationRecord>(
        ThuiszitterRegistrationsTable.Schema,
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
        RodPersonsTable.Schema,
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
        RodEnrolmentsTable.Schema,
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
        VerzuimmeldingenTable.Schema,
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
        VrijstellingenTable.Schema,
        (w, r) =>
        {
            w.WriteText(r.Pgn);
            w.WriteText(r.Artikel);
            w.WriteDate(r.Begin);
            w.WriteDate(r.End);
            w.WriteText(r.Gemeente?.Value);
        });

    public static FactTable PgnLinks { get; } = FactTable.For<RodLinkRecord>(
        PgnLinksTable.Schema,
        (w, r) =>
        {
            w.WriteText(r.Bsn);
            w.WriteText(r.Onderwijsnummer);
        });

    public static FactTable Residents { get; } = FactTable.For<ResidentRecord>(
        ResidentsTable.Schema,
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
