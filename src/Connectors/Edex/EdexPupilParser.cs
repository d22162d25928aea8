using System.Xml;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Edex;

/// <summary>One <c>leerling</c> element: a <see cref="PupilRecord"/>, or a quarantine when its bsn/onderwijsnummer fails.</summary>
internal sealed class EdexPupilParser(string fileName, XmlNameTable nameTable)
{
    private const int Bsn = 0;
    private const int Onderwijsnummer = 1;
    private const int Achternaam = 2;
    private const int Voorvoegsel = 3;
    private const int Voornamen = 4;
    private const int Voorletters = 5;
    private const int Roepnaam = 6;
    private const int Geboortedatum = 7;
    private const int Geslacht = 8;
    private const int Postcode = 9;
    private const int Woongemeente = 10;
    private const int Inschrijfdatum = 11;
    private const int Uitschrijfdatum = 12;
    private const int RedenUitschrijving = 13;
    private const int Bestemming = 14;

    private static readonly string[] Names =
    [
        "bsn", "onderwijsnummer", "achternaam", "voorvoegsel", "voornamen", "voorletters", "roepnaam", "geboortedatum",
        "geslacht", "postcode", "woongemeente", "inschrijfdatum", "uitschrijfdatum", "redenuitschrijving", "bestemming",
    ];

    private readonly EdexChildren c = new(nameTable, Names, "key");

    /// <summary>Reads the <c>leerling</c> element <paramref name="xml"/> is on and moves past it.</summary>
    public SourceRecord Parse(XmlReader xml)
    {
        c.Read(xml);
        var line = c.ElementLine;
        var bsn = PgnField.Check(c[Bsn], PgnKind.Bsn);
        var onderwijsnummer = PgnField.Check(c[Onderwijsnummer], PgnKind.Onderwijsnummer);
        var achternaam = Fields.Required(c[Achternaam], c.Line(Achternaam), c.Name(Achternaam));
        var geboortedatum = Fields.OptionalPartialDate(c[Geboortedatum], DateFormat.Iso, c.Line(Geboortedatum), c.Name(Geboortedatum));
        var geslacht = GeslachtLetter(c);
        var woongemeente = Fields.OptionalGemeente(c[Woongemeente], c.Line(Woongemeente), c.Name(Woongemeente));
        var start = Fields.Date(c[Inschrijfdatum], DateFormat.Iso, c.Line(Inschrijfdatum), c.Name(Inschrijfdatum));
        var end = Fields.OptionalDate(c[Uitschrijfdatum], DateFormat.Iso, c.Line(Uitschrijfdatum), c.Name(Uitschrijfdatum));
        Fields.CheckPeriod(start, end, c.Line(Uitschrijfdatum), c.Name(Uitschrijfdatum));
        var bestemming = Fields.OptionalSchool(c[Bestemming], c.Line(Bestemming), c.Name(Bestemming));

        if (bsn.Failed || onderwijsnummer.Failed)
        {
            var field = bsn.Failed ? Bsn : Onderwijsnummer;
            var reason = bsn.Failed ? bsn.FailReason! : onderwijsnummer.FailReason!;
            return new QuarantinedRecord(fileName, c.Name(field), reason, c.OuterXml(), c[field].ToString())
            {
                Line = line,
            };
        }

        return new PupilRecord(
            SourceKey: c.Attribute,
            Bsn: bsn.Value,
            Onderwijsnummer: onderwijsnummer.Value,
            Achternaam: achternaam,
            Voorvoegsel: Fields.Optional(c[Voorvoegsel]),
            Voornamen: Fields.Optional(c[Voornamen]),
            Voorletters: Fields.Optional(c[Voorletters]),
            Roepnaam: Fields.Optional(c[Roepnaam]),
            Geboortedatum: geboortedatum,
            Geslacht: geslacht,
            Postcode: Fields.Optional(c[Postcode]),
            Woongemeente: woongemeente,
            Inschrijfdatum: start,
            Uitschrijfdatum: end,
            RedenUitschrijving: Fields.Optional(c[RedenUitschrijving]),
            Bestemming: bestemming)
        {
            Line = line,
        };
    }

    /// <summary>EDEX codes 1 (boy), 2 (girl), 0 (unknown) map onto the CSV letters M, V, X so both exports read alike.</summary>
    private static string? GeslachtLetter(EdexChildren c) => c[Geslacht] switch
    {
        "" => null,
        "1" => "M",
        "2" => "V",
        "0" => "X",
        _ => throw new ContractViolationException(c.Line(Geslacht), c.Name(Geslacht), "is not 0, 1 or 2"),
    };
}
