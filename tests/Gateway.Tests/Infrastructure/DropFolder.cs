namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>A temporary drop folder, deleted on dispose.</summary>
public sealed class DropFolder : IDisposable
{
    public DropFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tz_drop_" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file (UTF-8 without BOM) and returns its full path.</summary>
    public string Write(string fileName, string content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(ISourceFile file) => Write(file.FileName, file.Build());

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
