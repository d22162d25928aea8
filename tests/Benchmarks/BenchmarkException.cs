namespace Thuiszitters.Benchmarks;

/// <summary>The benchmark could not run or a stage did not do what it must (a refused file, a failing child process).</summary>
internal sealed class BenchmarkException : Exception
{
    public BenchmarkException()
    {
    }

    public BenchmarkException(string message)
        : base(message)
    {
    }

    public BenchmarkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
