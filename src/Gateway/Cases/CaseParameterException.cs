namespace Thuiszitters.Gateway.Cases;

/// <summary>A query parameter or form field that fails its rule; answered as a 400 problem naming it, never logged with its value.</summary>
internal sealed class CaseParameterException(string parameter, string detail) : Exception(detail)
{
    public string Parameter { get; } = parameter;
}
