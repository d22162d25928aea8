namespace Thuiszitters.Gateway.Cases;

/// <summary>A person's name as an officer reads it: given names, prefix, surname.</summary>
internal static class CaseNames
{
    public static string? Display(string? surname, string? prefix, string? givenNames) =>
        surname is null ? null : string.Join(' ', new[] { givenNames, prefix, surname }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
