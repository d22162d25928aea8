using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Rules;

/// <summary>IDENTITY_MISMATCH: one PGN, different birth dates; only the known parts of a partial date are compared.</summary>
public sealed class IdentityConflictsTests
{
    private const string School = TestRegion.School;
    private static readonly DateOnly D = Iso.D("2026-04-15");

    private static PupilOutcome Reconcile(PersonFactsBuilder builder) => Reconciler.Reconcile(builder.Build(), TestRegion.Exporting, D);

    [Fact]
    public void Find_SchoolBirthDateOneDayOffRod_AnchoredAtSchool()
    {
        var outcome = Reconcile(PersonFactsBuilder.EnrolledPupil().Born(Iso.D("2013-05-21"), FactSource.School, School));

        var finding = ConflictAssert.Single(outcome, ConflictCode.IdentityMismatch, School, null);
        Assert.Equal(ActingParty.School, finding.Acts);
    }

    [Fact]
    public void Find_SchoolBirthDateEqualToRod_NotRaised() =>
        ConflictAssert.None(
            Reconcile(PersonFactsBuilder.EnrolledPupil().Born(Iso.D("2013-05-20"), FactSource.School, School)), ConflictCode.IdentityMismatch);

    [Fact]
    public void Find_PartialSchoolDateAgreeingOnKnownParts_NotRaised() =>
        ConflictAssert.None(
            Reconcile(PersonFactsBuilder.EnrolledPupil().Born(new PartialDate(2013, 5, null), FactSource.School, School)), ConflictCode.IdentityMismatch);

    [Fact]
    public void Find_PartialSchoolDateInOtherMonth_Raised() =>
        ConflictAssert.Single(
            Reconcile(PersonFactsBuilder.EnrolledPupil().Born(new PartialDate(2013, 6, null), FactSource.School, School)),
            ConflictCode.IdentityMismatch, School, null);

    [Fact]
    public void Find_BrpDiffersFromRod_AnchoredAtNoSchool() =>
        ConflictAssert.Single(
            Reconcile(PersonFactsBuilder.EnrolledPupil().Born(Iso.D("2013-05-21"), FactSource.Brp)), ConflictCode.IdentityMismatch, null, null);

    [Fact]
    public void Find_TwoSchoolsDifferWithoutRod_AnchoredAtNoSchool()
    {
        var builder = new PersonFactsBuilder()
            .Born(Iso.D("2013-05-20"), FactSource.School, School)
            .Born(Iso.D("2013-05-21"), FactSource.School, TestRegion.OtherSchool)
            .Enrolled(School, Iso.D("2025-08-18")).InRod(School, Iso.D("2025-08-18"));

        ConflictAssert.Single(Reconcile(builder), ConflictCode.IdentityMismatch, null, null);
    }

    // ROD knows only the year: neither school differs from ROD, yet the two schools carry different birth dates.
    [Fact]
    public void Find_TwoSchoolsDifferBothAgreeingWithPartialRod_AnchoredAtNoSchool()
    {
        var builder = new PersonFactsBuilder()
            .Born(new PartialDate(2013, null, null), FactSource.Rod)
            .Born(Iso.D("2013-05-20"), FactSource.School, School)
            .Born(Iso.D("2013-06-01"), FactSource.School, TestRegion.OtherSchool)
            .Enrolled(School, Iso.D("2025-08-18")).InRod(School, Iso.D("2025-08-18"));

        ConflictAssert.Single(Reconcile(builder), ConflictCode.IdentityMismatch, null, null);
    }
}
