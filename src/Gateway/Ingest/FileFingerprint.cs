using System.Security.Cryptography;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>The identity of a delivery's content: SHA-256 of its bytes.</summary>
internal static class FileFingerprint
{
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = OpenSequential(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }

    public static FileStream OpenSequential(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}
