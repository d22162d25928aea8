namespace Thuiszitters.Gateway.Sync.SchoolApi;

/// <summary>
/// A pull of a <c>schoolApi</c> source that failed after the HTTP pipeline's retries; its message is the pull's reason in
/// words without personal data or secrets (what <c>sync_runs.error</c> shows).
/// </summary>
internal sealed class SchoolApiPullFailedException : Exception
{
    public SchoolApiPullFailedException()
    {
    }

    public SchoolApiPullFailedException(string message)
        : base(message)
    {
    }

    public SchoolApiPullFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
