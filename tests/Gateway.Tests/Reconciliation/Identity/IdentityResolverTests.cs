using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Identity;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Identity;

public sealed class IdentityResolverTests
{
    private const string Bsn = "111222333";
    private const string Onderwijsnummer = "101222331";
    private const string OtherOnderwijsnummer = "100007059";
    private static readonly PartialDate Birth = new(2014, 5, 12);

    private static readonly Dictionary<string, string> NoLinks = new(StringComparer.Ordinal);

    private static IdentityClaim BsnClaim(string bsn = Bsn) => new(bsn, null, Birth, "de", "Jansen", "P.J.", "Piet Jan", "rod/" + bsn);

    private static IdentityClaim OnderwijsnummerClaim(
        string onderwijsnummer = Onderwijsnummer, PartialDate? birth = null, string achternaam = "De Jánsen", string? voornamen = "Piet") =>
        new(null, onderwijsnummer, birth ?? Birth, null, achternaam, null, voornamen, "12AB00/" + onderwijsnummer);

    private static List<ConflictFinding> Duplicates(IReadOnlyDictionary<string, string> links, params IdentityClaim[] claims)
    {
        var resolver = new IdentityResolver(links);
        foreach (var claim in claims)
        {
            resolver.Add(claim);
        }

        return [.. resolver.PossibleDuplicates()];
    }

    [Fact]
    public void PossibleDuplicates_AlikeAndUnlinked_RaisedOnTheBsnWithoutSchoolOrDate()
    {
        var finding = Assert.Single(Duplicates(NoLinks, BsnClaim(), OnderwijsnummerClaim()));

        Assert.Equal(ConflictCode.PossibleDuplicatePerson, finding.Code);
        Assert.Equal(Bsn, finding.Pgn);
        Assert.Null(finding.School);
        Assert.Null(finding.Date);
        Assert.Equal(ActingParty.Leerplicht, finding.Acts);
    }

    [Fact]
    public void PossibleDuplicates_LinkedByKop_NotRaised()
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal) { [Onderwijsnummer] = Bsn };

        Assert.Empty(Duplicates(links, BsnClaim(), OnderwijsnummerClaim()));
    }

    [Fact]
    public void PossibleDuplicates_BirthDateOneDayOff_NotRaised() =>
        Assert.Empty(Duplicates(NoLinks, BsnClaim(), OnderwijsnummerClaim(birth: new PartialDate(2014, 5, 13))));

    [Fact]
    public void PossibleDuplicates_OtherSurname_NotRaised() =>
        Assert.Empty(Duplicates(NoLinks, BsnClaim(), OnderwijsnummerClaim(achternaam: "Janssen")));

    [Fact]
    public void PossibleDuplicates_OtherInitials_NotRaised() =>
        Assert.Empty(Duplicates(NoLinks, BsnClaim(), OnderwijsnummerClaim(voornamen: "Klaas")));

    [Fact]
    public void PossibleDuplicates_TwoBsnPersons_NotRaised() =>
        Assert.Empty(Duplicates(NoLinks, BsnClaim(), BsnClaim("200033311")));

    [Fact]
    public void PossibleDuplicates_TwoOnderwijsnummersLikeOneBsn_OneConflictPerBsn()
    {
        var findings = Duplicates(NoLinks, BsnClaim(), OnderwijsnummerClaim(), OnderwijsnummerClaim(OtherOnderwijsnummer));

        Assert.Equal(Bsn, Assert.Single(findings).Pgn);
    }

    [Fact]
    public void KeyOf_OnderwijsnummerLinkedByKop_TheBsnWins()
    {
        var resolver = new IdentityResolver(new Dictionary<string, string>(StringComparer.Ordinal) { [Onderwijsnummer] = Bsn });

        Assert.Equal(Bsn, resolver.KeyOf(null, Onderwijsnummer));
        Assert.Equal(OtherOnderwijsnummer, resolver.KeyOf(null, OtherOnderwijsnummer));
        Assert.Equal(Bsn, resolver.KeyOf(Bsn, OtherOnderwijsnummer));
        Assert.Null(resolver.KeyOf(null, null));
    }

    [Fact]
    public void MatchWithoutPgn_ExactlyOneAlikePerson_JoinsIt()
    {
        var resolver = new IdentityResolver(NoLinks);
        resolver.Add(BsnClaim());
        resolver.Add(new IdentityClaim(null, null, Birth, null, "Jansen", "P.", null, "12AB00/4711"));

        Assert.Equal(Bsn, resolver.MatchWithoutPgn()["12AB00/4711"]);
    }

    [Fact]
    public void MatchWithoutPgn_TwoAlikePersons_HeldOnItsOwn()
    {
        var resolver = new IdentityResolver(NoLinks);
        resolver.Add(BsnClaim());
        resolver.Add(BsnClaim("200033311"));
        resolver.Add(new IdentityClaim(null, null, Birth, null, "Jansen", "P.", null, "12AB00/4711"));

        Assert.Null(resolver.MatchWithoutPgn()["12AB00/4711"]);
    }

    [Fact]
    public void MatchWithoutPgn_NoAlikePerson_HeldOnItsOwn()
    {
        var resolver = new IdentityResolver(NoLinks);
        resolver.Add(BsnClaim());
        resolver.Add(new IdentityClaim(null, null, Birth, null, "Bakker", "P.", null, "12AB00/4711"));

        Assert.Null(resolver.MatchWithoutPgn()["12AB00/4711"]);
    }

    [Fact]
    public void PossibleDuplicates_Example3LinkedByKop_NoConflict()
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal) { ["100007059"] = "200036634" };
        var rod = new IdentityClaim("200036634", null, new PartialDate(2014, 2, 14), null, "Nguyễn", null, "Minh", "rod/200036634");
        var school = new IdentityClaim(null, "100007059", new PartialDate(2014, 2, 14), null, "Nguyễn", null, "Minh", "12AB01/1000");

        Assert.Empty(Duplicates(links, rod, school));
        Assert.Equal("200036634", Assert.Single(Duplicates(NoLinks, rod, school)).Pgn);
    }
}
