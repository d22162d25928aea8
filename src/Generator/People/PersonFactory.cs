using System.Globalization;
using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.People;

/// <summary>Makes persons: names, numbers, birth dates and addresses, all from the pupil's random stream.</summary>
internal sealed class PersonFactory(RegionSetup setup)
{
    private const string PostcodeLetters = "ABCEGHJKLMNPRTVWXZ";

    public Person Create(PupilRandom rng, int index, DateOnly birth, Identity identity = Identity.Bsn, int ordinal = 0)
    {
        var girl = rng.Chance(0.5);
        var newcomer = identity == Identity.OnderwijsnummerOnly;
        var first = newcomer
            ? rng.Pick(girl ? NameCatalog.NewcomerGirlNames : NameCatalog.NewcomerBoyNames)
            : rng.Pick(girl ? NameCatalog.GirlNames : NameCatalog.BoyNames);
        var voornamen = !newcomer && rng.Chance(0.3) ? $"{first} {rng.Pick(girl ? NameCatalog.SecondGirlNames : NameCatalog.SecondBoyNames)}" : first;
        var (surname, voorvoegsel) = newcomer ? (rng.Pick(NameCatalog.NewcomerSurnames), "") : rng.Pick(NameCatalog.Surnames);
        var gemeente = setup.PickGemeente(rng);
        return new Person
        {
            Bsn = identity == Identity.OnderwijsnummerOnly ? null : Identifiers.BsnFor(setup.Options.Seed, index),
            Onderwijsnummer = identity == Identity.Bsn ? null : Identifiers.OnderwijsnummerFor(index),
            KopLinked = identity == Identity.KopLinked,
            SchoolUsesOnderwijsnummer = identity != Identity.Bsn,
            Key = 100_000 + (index * 2) + ordinal,
            Surname = surname,
            Voorvoegsel = voorvoegsel,
            Voornamen = voornamen,
            Roepnaam = rng.Chance(0.5) ? first : "",
            Gender = girl ? 'V' : 'M',
            BirthDate = birth,
            Gemeente = gemeente.Code,
            Postcode = string.Create(CultureInfo.InvariantCulture,
                $"{rng.Pick(gemeente.PostcodeAreas)}{PostcodeLetters[rng.Next(PostcodeLetters.Length)]}{PostcodeLetters[rng.Next(PostcodeLetters.Length)]}"),
        };
    }

    /// <summary>A birth date giving an age of <paramref name="minAge"/> to <paramref name="maxAge"/> full years on the as-of date.</summary>
    public DateOnly BirthForAge(PupilRandom rng, int minAge, int maxAge)
    {
        var earliest = setup.AsOf.AddYears(-(maxAge + 1)).AddDays(1);
        var latest = setup.AsOf.AddYears(-minAge);
        return rng.DayBetween(earliest, latest);
    }
}
