using System.Buffers;

namespace Thuiszitters.Connectors.Text;

/// <summary>
/// The fields of the current record as ranges into the tokenizer's window; a quoted field with <c>""</c> escapes is
/// unescaped into a pooled scratch buffer instead, so the window keeps the record exactly as written.
/// </summary>
internal sealed class FieldList : IDisposable
{
    private FieldRange[] fields = new FieldRange[32];
    private char[] scratch = ArrayPool<char>.Shared.Rent(1024);
    private int scratchUsed;

    public int Count { get; private set; }

    public int FirstStart => fields[0].Start;

    public int FirstLength => fields[0].Length;

    public ReadOnlySpan<char> Get(char[] window, int index)
    {
        var f = fields[index];
        return f.InScratch ? scratch.AsSpan(f.Start, f.Length) : window.AsSpan(f.Start, f.Length);
    }

    public void Clear()
    {
        Count = 0;
        scratchUsed = 0;
    }

    public void Add(int start, int length) => Append(new FieldRange(start, length, false));

    /// <summary>Adds the content of a quoted field, turning each <c>""</c> into <c>"</c>.</summary>
    public void AddUnescaped(ReadOnlySpan<char> content)
    {
        if (scratch.Length - scratchUsed < content.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(scratch.Length * 2, scratchUsed + content.Length));
            scratch.AsSpan(0, scratchUsed).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(scratch);
            scratch = bigger;
        }

        var begin = scratchUsed;
        while (!content.IsEmpty)
        {
            var quote = content.IndexOf('"');
            var take = quote < 0 ? content.Length : quote + 1;
            content[..take].CopyTo(scratch.AsSpan(scratchUsed));
            scratchUsed += take;
            content = content[Math.Min(content.Length, take + (quote < 0 ? 0 : 1))..];
        }

        Append(new FieldRange(begin, scratchUsed - begin, true));
    }

    public void Dispose()
    {
        if (scratch.Length > 0)
        {
            ArrayPool<char>.Shared.Return(scratch);
            scratch = [];
        }
    }

    private void Append(FieldRange range)
    {
        if (Count == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[Count++] = range;
    }

    private readonly record struct FieldRange(int Start, int Length, bool InScratch);
}
