using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Tests.Api;

/// <summary>One user per role and organisation the scope tests need; every test host knows all of them.</summary>
internal static class TestUsers
{
    public static readonly TestUser Leerplicht0361 = new("tok-leerplicht-0361-aaaa", "Lotte Leerplicht", CallerRole.Leerplicht, "0361");

    public static readonly TestUser Leerplicht0383 = new("tok-leerplicht-0383-bbbb", "Lars Leerplicht", CallerRole.Leerplicht, "0383");

    public static readonly TestUser School12Ab = new("tok-school-12ab00-cccc", "Sanne School", CallerRole.School, RegisterSeed.SchoolA);

    public static readonly TestUser School34Cd = new("tok-school-34cd00-dddd", "Sem School", CallerRole.School, RegisterSeed.SchoolB);

    public static readonly TestUser Board = new("tok-board-bestuur7-eeee", "Bram Bestuur", CallerRole.Board, "bestuur-7", RegisterSeed.SchoolA, RegisterSeed.SchoolC);

    public static readonly TestUser Swv = new("tok-swv-vo2203-ffffffff", "Sara Swv", CallerRole.Swv, "VO2203");

    public static readonly TestUser Inspectie = new("tok-inspectie-gggggggg", "Ilse Inspectie", CallerRole.Inspectie, null);

    public static readonly TestUser ItStaff = new("tok-itstaff-hhhhhhhhhh", "Ivo Beheer", CallerRole.ItStaff, null);

    /// <summary>A person only (role Admin is never a configured token): not in <see cref="All"/>, signed in through /login.</summary>
    public static readonly TestUser Admin = new("admin-anna-iiiiiiii", "Anna Admin", CallerRole.Admin, null);

    public static IReadOnlyList<TestUser> All { get; } = [Leerplicht0361, Leerplicht0383, School12Ab, School34Cd, Board, Swv, Inspectie, ItStaff];

    /// <summary>For <c>[MemberData]</c>: the roles that may not read pupil data.</summary>
    public static TheoryData<string> WithoutPupilAccess => new() { nameof(Inspectie), nameof(ItStaff) };

    public static TestUser Named(string name) => name switch
    {
        nameof(Leerplicht0361) => Leerplicht0361,
        nameof(Leerplicht0383) => Leerplicht0383,
        nameof(School12Ab) => School12Ab,
        nameof(School34Cd) => School34Cd,
        nameof(Board) => Board,
        nameof(Swv) => Swv,
        nameof(Inspectie) => Inspectie,
        nameof(ItStaff) => ItStaff,
        nameof(Admin) => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
