using System.Text;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Tests.Text;

public sealed class DelimitedTokenizerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Read_QuotedFields_UnescapesAtAnyChunkSize(int chunk)
    {
        var text = "a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"\";x;\"two\nlines\"\nlast;;\n";
        var rows = Tokenize(text, chunk);

        Assert.Equal(3, rows.Count);
        Assert.Equal((1L, "a|b;c|say \"hi\""), (rows[0].Line, string.Join('|', rows[0].Fields)));
        Assert.Equal((2L, "|x|two\nlines"), (rows[1].Line, string.Join('|', rows[1].Fields)));
        Assert.Equal((4L, "last||"), (rows[2].Line, string.Join('|', rows[2].Fields)));
    }

    [Fact]
    public void Read_LastLineWithoutLineEnd_IsARecord()
    {
        var rows = Tokenize("a;b\r\nc;d", 4096);

        Assert.Equal(["c", "d"], rows[1].Fields);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Read_TrailingEmptyLine_IsBlankRecord()
    {
        using var tokenizer = Create("a\n\n", 4096);
        Assert.True(tokenizer.Read());
        Assert.False(tokenizer.IsBlank);
        Assert.True(tokenizer.Read());
        Assert.True(tokenizer.IsBlank);
        Assert.Equal(2, tokenizer.Line);
        Assert.False(tokenizer.Read());
    }

    [Fact]
    public void RawRecord_KeepsQuotesAsWritten()
    {
        using var tokenizer = Create("x\r\n1;\"a \"\"b\"\"\";c\r\n", 2);
        tokenizer.Read();
        tokenizer.Read();

        Assert.Equal("1;\"a \"\"b\"\"\";c", tokenizer.RawRecord.ToString());
        Assert.Equal("a \"b\"", tokenizer[1].ToString());
    }

    [Theory]
    [InlineData("a;b\nc;\"open\n", 2, "quoted field is never closed")]
    [InlineData("a;b\nc;d\"e\n", 2, "quote inside an unquoted field")]
    [InlineData("a;b\n\"c\"d;e\n", 2, "text after the closing quote of a field")]
    [InlineData("a;b\nc\rd\n", 2, "carriage return without a line feed")]
    public void Read_MalformedQuotingOrLineEnd_ThrowsWithLine(string text, long line, string reason)
    {
        using var tokenizer = Create(text, 4096);
        var e = Assert.Throws<ContractViolationException>(() =>
        {
            while (tokenizer.Read())
            {
            }
        });

        Assert.Equal(line, e.Line);
        Assert.Equal(reason, e.Reason);
    }

    [Fact]
    public void Read_WithoutQuoting_TreatsQuoteAsText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("PER|\"x|y\n"));
        using var tokenizer = new DelimitedTokenizer(stream, '|', quoting: false, EncodingPolicy.Utf8);

        Assert.True(tokenizer.Read());
        Assert.Equal(3, tokenizer.FieldCount);
        Assert.Equal("\"x", tokenizer[1].ToString());
    }

    [Fact]
    public void Read_RecordLongerThanLimit_Throws()
    {
        var text = "a;" + new string('x', 300_000) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var tokenizer = new DelimitedTokenizer(stream, ';', quoting: true, EncodingPolicy.Utf8, maxRecordChars: 100_000);

        var e = Assert.Throws<ContractViolationException>(() => tokenizer.Read());
        Assert.Equal(1, e.Line);
        Assert.StartsWith("record longer than", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordLongerThanBuffer_GrowsAndReadsIt()
    {
        var longField = new string('y', 200_000);
        var rows = Tokenize($"a;{longField}\nb;c\n", 8192);

        Assert.Equal(longField, rows[0].Fields[1]);
        Assert.Equal(["b", "c"], rows[1].Fields);
    }

    private static DelimitedTokenizer Create(string text, int chunk) =>
        new(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), ';', quoting: true, EncodingPolicy.Utf8OrWindows1252);

    private static List<(long Line, string[] Fields)> Tokenize(string text, int chunk)
    {
        using var tokenizer = Create(text, chunk);
        var rows = new List<(long, string[])>();
        while (tokenizer.Read())
        {
            var fields = new string[tokenizer.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = tokenizer[i].ToString();
            }

            rows.Add((tokenizer.Line, fields));
        }

        return rows;
    }
}
