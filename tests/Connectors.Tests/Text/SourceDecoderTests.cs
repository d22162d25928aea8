using System.Text;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Tests.Text;

public sealed class SourceDecoderTests
{
    private const string Names = "Çelik;Müller;d'Hondt;Nguyễn;Yılmaz";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(65536)]
    public void Read_Utf8SplitAcrossReads_DecodesExactly(int chunk)
    {
        var (text, encoding) = Decode(Encoding.UTF8.GetBytes(Names), chunk, EncodingPolicy.Utf8OrWindows1252);

        Assert.Equal(Names, text);
        Assert.Equal(DetectedEncoding.Utf8, encoding);
    }

    [Fact]
    public void Read_Utf8Bom_IsSkipped()
    {
        var (text, encoding) = Decode([0xEF, 0xBB, 0xBF, .. "abc"u8], 65536, EncodingPolicy.Utf8);

        Assert.Equal("abc", text);
        Assert.Equal(DetectedEncoding.Utf8, encoding);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65536)]
    public void Read_Windows1252AfterAscii_SwitchesWithoutLosingText(int chunk)
    {
        var ascii = new string('a', 100_000) + "\n";
        var bytes = Windows1252().GetBytes(ascii + "Çelik;Müller;d'Hondt;Zoë");

        var (text, encoding) = Decode(bytes, chunk, EncodingPolicy.Utf8OrWindows1252);

        Assert.Equal(ascii + "Çelik;Müller;d'Hondt;Zoë", text);
        Assert.Equal(DetectedEncoding.Windows1252, encoding);
    }

    [Fact]
    public void Read_InvalidUtf8AfterUtf8Text_IsRefusedAsMixed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Müller\n"), .. Windows1252().GetBytes("Müller\n")];

        var e = Assert.Throws<ContractViolationException>(() => Decode(bytes, 65536, EncodingPolicy.Utf8OrWindows1252));
        Assert.StartsWith("mixed encoding", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_WhenOnlyUtf8IsAllowed_IsRefused()
    {
        var e = Assert.Throws<ContractViolationException>(() => Decode(Windows1252().GetBytes("ab Müller"), 65536, EncodingPolicy.Utf8));
        Assert.Equal("invalid UTF-8 at byte 4", e.Reason);
    }

    [Fact]
    public void Read_TruncatedUtf8AtEnd_IsRefused()
    {
        Assert.Throws<ContractViolationException>(() => Decode([.. "ab"u8, 0xC3], 65536, EncodingPolicy.Utf8));
    }

    [Fact]
    public void Read_Utf16Bom_IsRefused()
    {
        var e = Assert.Throws<ContractViolationException>(() => Decode([0xFF, 0xFE, 0x41, 0x00], 65536, EncodingPolicy.Utf8OrWindows1252));
        Assert.Contains("UTF-16", e.Reason, StringComparison.Ordinal);
    }

    internal static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static (string Text, DetectedEncoding Encoding) Decode(byte[] bytes, int chunk, EncodingPolicy policy)
    {
        using var decoder = new SourceDecoder(new TrickleStream(bytes, chunk), policy, bufferSize: 4096);
        var sb = new StringBuilder();
        var buffer = new char[1000];
        int n;
        while ((n = decoder.Read(buffer)) > 0)
        {
            sb.Append(buffer, 0, n);
        }

        return (sb.ToString(), decoder.Encoding);
    }
}
