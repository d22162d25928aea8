namespace Thuiszitters.Generator.People;

/// <summary>
/// Names of the generated population. The three surname lists are disjoint after normalisation
/// (case, diacritics, voorvoegsel), so that background onderwijsnummer pupils and planted duplicate
/// pairs can never look like anyone else (DOMAIN.md, POSSIBLE_DUPLICATE_PERSON).
/// </summary>
internal static class NameCatalog
{
    /// <summary>Surnames of pupils with a BSN; common ones appear more than once (weighting).</summary>
    public static readonly IReadOnlyList<(string Surname, string Voorvoegsel)> Surnames =
    [
        ("Jansen", ""), ("Jansen", ""), ("Vries", "de"), ("Vries", "de"), ("Berg", "van den"), ("Bakker", ""),
        ("Bakker", ""), ("Visser", ""), ("Smit", ""), ("Meijer", ""), ("Boer", "de"), ("Mulder", ""),
        ("Groot", "de"), ("Bos", ""), ("Vos", ""), ("Peters", ""), ("Hendriks", ""), ("Leeuwen", "van"),
        ("Dekker", ""), ("Brouwer", ""), ("Wit", "de"), ("Dijkstra", ""), ("Smits", ""), ("Graaf", "de"),
        ("Linden", "van der"), ("Kok", ""), ("Jacobs", ""), ("Haan", "de"), ("Vermeulen", ""),
        ("Heuvel", "van den"), ("Veen", "van der"), ("Broek", "van den"), ("Bruijn", "de"), ("Heijden", "van der"),
        ("Schouten", ""), ("Beek", "van"), ("Willems", ""), ("Vliet", "van"), ("Ven", "van de"), ("Hoekstra", ""),
        ("Maas", ""), ("Verhoeven", ""), ("Koster", ""), ("Dam", "van"), ("Wal", "van der"), ("Prins", ""),
        ("Blom", ""), ("Huisman", ""), ("Kuiper", ""), ("Zwart", ""), ("Dijk", "van"), ("Hoek", "van der"),
        ("Jong", "de"), ("Jong", "de"), ("Ruiter", "de"), ("Brink", "ten"), ("Hof", "in 't"), ("Hondt", "d'"),
        ("Yılmaz", ""), ("Çelik", ""), ("Kaya", ""), ("Demir", ""), ("Şahin", ""), ("Öztürk", ""), ("Aydın", ""),
        ("Arslan", ""), ("Doğan", ""), ("Nguyễn", ""), ("Trần", ""), ("Lê", ""), ("Müller", ""), ("Schmidt", ""),
        ("El Amrani", ""), ("El Idrissi", ""), ("Benali", ""), ("Bouzid", ""), ("Ouali", ""), ("Tahiri", ""),
        ("Ramdin", ""), ("Sewdien", ""), ("Jagessar", ""), ("Kowalski", ""), ("Nowak", ""), ("Wiśniewski", ""),
        ("Lefèvre", ""), ("Gonçalves", ""), ("Sørensen", ""), ("Janssens", ""), ("Hoogeveen", ""),
    ];

    /// <summary>Surnames of background pupils known only by an onderwijsnummer (often newcomers).</summary>
    public static readonly IReadOnlyList<string> NewcomerSurnames =
    [
        "Tesfay", "Haile", "Gebremedhin", "Tekle", "Kidane", "Berhane", "Habte", "Osman", "Abdi", "Warsame",
        "Ahmadi", "Hosseini", "Rahimi", "Mohammadi", "Karimi", "Haddad", "Khalil", "Nasser", "Al-Hassan",
        "Al-Khatib", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Boateng", "Mensah",
        "Owusu", "Diallo", "Traoré",
    ];

    /// <summary>
    /// Reserved for planted duplicate pairs: the BSN person's spelling and the onderwijsnummer
    /// person's spelling, equal after normalising case and diacritics.
    /// </summary>
    public static readonly IReadOnlyList<(string BsnSpelling, string OnderwijsnummerSpelling)> DuplicateSurnames =
    [
        ("Özdemir", "OZDEMIR"), ("Gürbüz", "Gurbuz"), ("Lefèbvre", "LEFEBVRE"), ("Šimunović", "Simunovic"),
        ("Ramírez", "ramirez"), ("Hoëvenaars", "Hoevenaars"), ("Brandão", "Brandao"), ("Ülker", "ULKER"),
        ("Mañez", "Manez"), ("Böhmer", "Bohmer"), ("Dvořák", "Dvorak"), ("Kovač", "KOVAC"),
    ];

    public static readonly IReadOnlyList<string> BoyNames =
    [
        "Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Liam", "Milan", "Bram", "Jesse", "Thijs", "Luuk", "Sven",
        "Mohamed", "Adam", "Ömer", "Emre", "Yusuf", "Ayoub", "Rayan", "Minh", "Jayden", "Noud", "Teun", "Gijs",
        "Mees", "Stijn", "Jens", "Kaan", "Mats", "Ruben", "Pieter", "Joël", "Hüseyin", "Mustafa", "Duc", "Jan",
        "Kees", "Tygo", "Jurriën",
    ];

    public static readonly IReadOnlyList<string> GirlNames =
    [
        "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Noor", "Lotte", "Fleur", "Anna", "Eva", "Liv",
        "Nora", "Yara", "Fatima", "Aya", "Elif", "Zeynep", "Linh", "Chloë", "Anaïs", "Saar", "Isa", "Lieke",
        "Femke", "Roos", "Maud", "Lina", "Hiba", "Ayşe", "Esmée", "Renée", "Noëlle", "Inès", "Mariam", "Ilse",
        "Iris", "Merel", "Vera",
    ];

    public static readonly IReadOnlyList<string> NewcomerBoyNames =
        ["Abel", "Dawit", "Yonas", "Ahmad", "Omar", "Bilal", "Mykola", "Oleksandr", "Kwame", "Mamadou"];

    public static readonly IReadOnlyList<string> NewcomerGirlNames =
        ["Selam", "Hana", "Rahel", "Maryam", "Zahra", "Leila", "Olena", "Sofiia", "Ama", "Aminata"];

    public static readonly IReadOnlyList<string> SecondBoyNames = ["Johannes", "Petrus", "Cornelis", "Hendrik", "Willem", "Ali"];

    public static readonly IReadOnlyList<string> SecondGirlNames = ["Maria", "Anne", "Johanna", "Elisabeth", "Fatma", "Hendrika"];

    public static readonly IReadOnlyList<string> Regiehouders =
    [
        "Leerplicht Alkmaar", "Jeugdteam Noord", "Intern begeleider", "Zorgcoördinator", "GGD jeugdarts",
        "Samenwerkingsverband, trajectbegeleider", "Wijkteam; mw. Visser", "Leerplicht Dijk en Waard",
    ];
}
