namespace Thuiszitters.Gateway.SisApi;

/// <summary>An answer of the school-system API that breaks its contract (not JSON, a missing field, a bad value): the run fails, the cursor stays.</summary>
internal sealed class SisContractException(string reason, Exception? inner = null) : Exception(reason, inner)
{
}
