namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>A source file a builder makes: its drop-folder name and its text.</summary>
public interface ISourceFile
{
    string FileName { get; }

    string Build();
}
