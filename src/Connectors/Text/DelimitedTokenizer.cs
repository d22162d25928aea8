using System.Buffers;

namespace Thuiszitters.Connectors.Text;

/// <summary>
/// Splits a stream into records of delimited fields without loading it: RFC 4180 quotes (optional), CRLF or LF line
/// ends. Fields are spans into a pooled buffer, valid until the next <see cref="Read"/>; memory stays at about two
/// buffers whatever the file size. Contract breaches throw <see cref="ContractViolationException"/> with the line.
/// </summary>
internal sealed class DelimitedTokenizer : IDisposable
{
    private readonly TextWindow window;
    private readonly char separator;
    private readonly bool quoting;
    private readonly SearchValues<char> stops;
    private readonly FieldList fields = new();
    private char[] buffer = [];
    private int start;
    private int end;
    private int recordEnd;
    private int nextStart;
    private bool eof;
    private long nextLine = 1;

    public DelimitedTokenizer(Stream stream, char separator, bool quoting, EncodingPolicy policy, int maxRecordChars = 1 << 20)
    {
        window = new TextWindow(stream, policy, maxRecordChars);
        this.separator = separator;
        this.quoting = quoting;
        stops = quoting ? SearchValues.Create([separator, '"', '\r', '\n']) : SearchValues.Create([separator, '\r', '\n']);
    }

    /// <summary>1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    public int FieldCount => fields.Count;

    /// <summary>True when the current record is an empty line.</summary>
    public bool IsBlank => FieldCount == 1 && fields.FirstLength == 0 && recordEnd == fields.FirstStart;

    public DetectedEncoding Encoding => window.Encoding;

    /// <summary>The record as written in the file, without its line end.</summary>
    public ReadOnlySpan<char> RawRecord => buffer.AsSpan(start, recordEnd - start);

    public ReadOnlySpan<char> this[int index] => fields.Get(buffer, index);

    /// <summary>Moves to the next record; false at the end of the stream.</summary>
    public bool Read()
    {
        start = nextStart;
        while (true)
        {
            if (start == end && eof)
            {
                fields.Clear();
                return false;
            }

            if (TryTokenize(out var newlines))
            {
                Line = nextLine;
                nextLine += 1 + newlines;
                return true;
            }

            Refill();
        }
    }

    public void Dispose()
    {
        window.Dispose();
        fields.Dispose();
    }

    private bool TryTokenize(out int newlines)
    {
        newlines = 0;
        fields.Clear();
        var pos = start;
        while (true)
        {
            if (pos == end)
            {
                if (!eof)
                {
                    return false;
                }

                fields.Add(pos, 0);
                return Finish(pos, pos);
            }

            if (quoting && buffer[pos] == '"')
            {
                var contentStart = pos + 1;
                var p = contentStart;
                var escaped = false;
                int close;
                while (true)
                {
                    var i = buffer.AsSpan(p, end - p).IndexOf('"');
                    if (i < 0 || (p + i + 1 == end && !eof))
                    {
                        if (eof)
                        {
                            throw Violation(newlines, "quoted field is never closed");
                        }

                        return false;
                    }

                    var q = p + i;
                    if (q + 1 < end && buffer[q + 1] == '"')
                    {
                        escaped = true;
                        p = q + 2;
                        continue;
                    }

                    close = q;
                    break;
                }

                var content = buffer.AsSpan(contentStart, close - contentStart);
                newlines += content.Count('\n');
                if (escaped)
                {
                    fields.AddUnescaped(content);
                }
                else
                {
                    fields.Add(contentStart, content.Length);
                }

                pos = close + 1;
                if (pos == end)
                {
                    if (!eof)
                    {
                        return false;
                    }

                    return Finish(pos, pos);
                }

                var c = buffer[pos];
                if (c == separator)
                {
                    pos++;
                    continue;
                }

                if (IsLineEnd(pos, out var lineEnd, out var next, out var needMore))
                {
                    return !needMore && Finish(lineEnd, next);
                }

                throw Violation(newlines, "text after the closing quote of a field");
            }

            var stop = buffer.AsSpan(pos, end - pos).IndexOfAny(stops);
            if (stop < 0)
            {
                if (!eof)
                {
                    return false;
                }

                fields.Add(pos, end - pos);
                return Finish(end, end);
            }

            var at = pos + stop;
            var ch = buffer[at];
            if (ch == separator)
            {
                fields.Add(pos, stop);
                pos = at + 1;
                continue;
            }

            if (ch == '"')
            {
                throw Violation(newlines, "quote inside an unquoted field");
            }

            if (IsLineEnd(at, out var recEnd, out var following, out var more))
            {
                if (more)
                {
                    return false;
                }

                fields.Add(pos, stop);
                return Finish(recEnd, following);
            }

            throw Violation(newlines, "carriage return without a line feed");
        }
    }

    private bool IsLineEnd(int at, out int lineEnd, out int next, out bool needMore)
    {
        lineEnd = at;
        needMore = false;
        next = at + 1;
        if (buffer[at] == '\n')
        {
            return true;
        }

        if (buffer[at] != '\r')
        {
            return false;
        }

        if (at + 1 == end)
        {
            needMore = !eof;
            return true;
        }

        next = at + 2;
        return buffer[at + 1] == '\n';
    }

    private bool Finish(int lineEnd, int next)
    {
        recordEnd = lineEnd;
        nextStart = next;
        return true;
    }

    private void Refill()
    {
        window.Refill(start, nextLine);
        start = 0;
        buffer = window.Chars;
        end = window.End;
        eof = window.Eof;
    }

    private ContractViolationException Violation(int newlinesSoFar, string reason) =>
        new(nextLine + newlinesSoFar, null, reason);
}
