namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>Leerplicht and kwalificatieplicht written out again from DOMAIN.md, apart from the generator's own rules.</summary>
internal sealed class ReferenceDuty
{
    private readonly DateOnly _leerplichtEnd;
    private readonly DateOnly _kwalificatieplichtLastDay;
    private readonly DateOnly? _startkwalificatie;

    public ReferenceDuty(DateOnly birth, DateOnly? startkwalificatie)
    {
        var fifth = Birthday(birth, 5);
        LeerplichtStart = new DateOnly(fifth.Year, fifth.Month, 1).AddMonths(1);
        var sixteenth = Birthday(birth, 16);
        _leerplichtEnd = new DateOnly(sixteenth.Month >= 8 ? sixteenth.Year + 1 : sixteenth.Year, 7, 31);
        _kwalificatieplichtLastDay = Birthday(birth, 18).AddDays(-1);
        _startkwalificatie = startkwalificatie;
    }

    public DateOnly LeerplichtStart { get; }

    public bool On(DateOnly day) =>
        day >= LeerplichtStart
        && (day <= _leerplichtEnd || (day <= _kwalificatieplichtLastDay && (_startkwalificatie is null || day < _startkwalificatie)));

    public static bool ValidBsn(string number) =>
        number.Length == 9 && number.All(char.IsAsciiDigit) && Sum(number) % 11 == 0;

    public static bool ValidOnderwijsnummer(string number) =>
        number.Length == 9 && number.StartsWith("10", StringComparison.Ordinal) && number.All(char.IsAsciiDigit) && ((Sum(number) % 11) + 11) % 11 == 5;

    private static int Sum(string n) => Enumerable.Range(0, 8).Sum(i => (9 - i) * (n[i] - '0')) - (n[8] - '0');

    private static DateOnly Birthday(DateOnly birth, int years)
    {
        var year = birth.Year + years;
        return birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, birth.Month, birth.Day);
    }
}
