using Thuiszitters.Gateway.Security.People;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Api.Security;

/// <summary><c>user create</c> makes the first admin with the password from the environment or standard input, never from an argument.</summary>
public sealed class UserCommandRunnerTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Create_PasswordFromStandardInput_TheAdminCanSignIn()
    {
        var (runner, output, error, store) = Runner("een-heel-geheim-wachtwoord\n", _ => null);

        var code = await runner.RunAsync(["create", "--name", "beheer", "--display-name", "Eerste beheerder", "--role", "admin"], CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("beheer, Admin", output.ToString(), StringComparison.Ordinal);
        Assert.True((await store.SignInAsync("beheer", "een-heel-geheim-wachtwoord", CancellationToken.None)).Succeeded);
        Assert.DoesNotContain("een-heel-geheim-wachtwoord", output.ToString() + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PasswordFromTheEnvironment()
    {
        var (runner, _, _, store) = Runner("", name => name == UserCommandRunner.PasswordVariable ? "wachtwoord-uit-omgeving" : null);

        Assert.Equal(0, await runner.RunAsync(["create", "--name", "beheer", "--role", "Admin"], CancellationToken.None));
        Assert.True((await store.SignInAsync("beheer", "wachtwoord-uit-omgeving", CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Create_PasswordAsArgument_IsRefusedAndNothingStored()
    {
        var (runner, _, error, _) = Runner("", _ => null);

        Assert.Equal(2, await runner.RunAsync(["create", "--name", "beheer", "--role", "admin", "--password", "een-heel-geheim-wachtwoord"], CancellationToken.None));
        Assert.Contains("never an argument", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RegisterContents.CountAsync(database.DataSource, "people"));
    }

    [Theory]
    [InlineData("kort\n", "password")]
    [InlineData("een-heel-geheim-wachtwoord\n", "role")]
    public async Task Create_BadInput_NamesTheFieldAndExits2(string stdin, string field)
    {
        var (runner, _, error, _) = Runner(stdin, _ => null);
        string[] args = field == "role" ? ["create", "--name", "beheer", "--role", "keizer"] : ["create", "--name", "beheer", "--role", "admin"];

        Assert.Equal(2, await runner.RunAsync(args, CancellationToken.None));
        Assert.Contains(field + ":", error.ToString(), StringComparison.Ordinal);
    }

    private (UserCommandRunner Runner, StringWriter Output, StringWriter Error, PeopleStore Store) Runner(string stdin, Func<string, string?> environment)
    {
        var store = new PeopleStore(database.DataSource, new FixedTimeProvider(ApiHarness.Now), Microsoft.Extensions.Options.Options.Create(new PeopleOptions()));
        var output = new StringWriter();
        var error = new StringWriter();
        return (new UserCommandRunner(store, new StringReader(stdin), output, error, environment), output, error, store);
    }
}
