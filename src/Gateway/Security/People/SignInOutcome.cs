namespace Thuiszitters.Gateway.Security.People;

/// <summary>The result of a sign-in: the person when it succeeded. A failure does not say why (unknown, wrong password, locked, inactive): the page shows one message for all.</summary>
internal sealed record SignInOutcome(PersonRow? Person, string? Refusal)
{
    public bool Succeeded => Person is not null;
}
