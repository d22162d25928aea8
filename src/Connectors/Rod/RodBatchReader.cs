using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Rod;

/// <summary>
/// Reads <c>rod_&lt;RECIPIENT&gt;_&lt;batch&gt;.txt</c>: <c>VLR</c> first, then <c>PER</c>/<c>INS</c>/<c>VZM</c>/<c>VRS</c>/<c>KOP</c>
/// in any order, <c>SLR</c> last with the count of each; <c>|</c> separated, UTF-8, no quoting.
/// </summary>
internal sealed class RodBatchReader : SourceFileReader
{
    private static readonly string[] TypeNames = ["PER", "INS", "VZM", "VRS", "KOP"];

    private readonly DelimitedTokenizer tokenizer;
    private readonly DropFileName name;
    private readonly RodRecordParser parser;
    private readonly long[] counts = new long[TypeNames.Length];
    private bool started;
    private bool ended;
    private long blankLine;

    public RodBatchReader(Stream stream, string fileName, DropFileName name)
        : base(fileName)
    {
        this.name = name;
        tokenizer = new DelimitedTokenizer(stream, '|', quoting: false, EncodingPolicy.Utf8);
        parser = new RodRecordParser(tokenizer, fileName);
    }

    protected override SourceRecord? ReadNext()
    {
        if (!started)
        {
            started = true;
            return ReadVlr();
        }

        while (tokenizer.Read())
        {
            if (tokenizer.IsBlank)
            {
                blankLine = blankLine == 0 ? tokenizer.Line : blankLine;
                continue;
            }

            if (ended)
            {
                throw new ContractViolationException(tokenizer.Line, null, "record after SLR");
            }

            if (blankLine != 0)
            {
                throw new ContractViolationException(blankLine, null, "empty line before the end of the file");
            }

            var type = tokenizer[0];
            if (type.SequenceEqual("SLR"))
            {
                CheckSlr();
                ended = true;
                continue;
            }

            var index = IndexOfType(type);
            switch (index)
            {
                case < 0 when type.SequenceEqual("VLR"):
                    throw new ContractViolationException(tokenizer.Line, null, "second VLR record");
                case < 0:
                    throw new ContractViolationException(tokenizer.Line, null, "unknown record type (expected PER, INS, VZM, VRS, KOP or SLR)");
            }

            counts[index]++;
            return parser.Parse((RodRecordType)index);
        }

        if (!ended)
        {
            throw new ContractViolationException(tokenizer.Line, "SLR", "file ends without an SLR record (truncated?)");
        }

        return null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            tokenizer.Dispose();
        }
    }

    private RodBatchHeader ReadVlr()
    {
        if (!tokenizer.Read())
        {
            throw new ContractViolationException(0, null, "file is empty");
        }

        var line = tokenizer.Line;
        if (!tokenizer[0].SequenceEqual("VLR"))
        {
            throw new ContractViolationException(line, "VLR", "first record is not VLR");
        }

        RodRecordParser.CheckWidth(tokenizer, 6);
        var batch = RodRecordParser.Number(tokenizer[1], line, "VLR.batchnummer");
        var type = tokenizer[2] switch
        {
            "C" => RodBatchType.Complete,
            "P" => RodBatchType.Partial,
            _ => throw new ContractViolationException(line, "VLR.type", "is not C or P"),
        };
        var created = Fields.Date(tokenizer[3], DateFormat.Compact, line, "VLR.aanmaakdatum");
        var peildatum = Fields.Date(tokenizer[4], DateFormat.Compact, line, "VLR.peildatum");
        var recipient = tokenizer[5];
        if (batch != name.BatchNumber)
        {
            throw new ContractViolationException(line, "VLR.batchnummer", "differs from the batch number in the file name");
        }

        if (!recipient.SequenceEqual(name.Owner))
        {
            throw new ContractViolationException(line, "VLR.recipient", "differs from the recipient in the file name");
        }

        return new RodBatchHeader(batch, type, created, peildatum, name.Owner) { Line = line };
    }

    private static int IndexOfType(ReadOnlySpan<char> type)
    {
        for (var i = 0; i < TypeNames.Length; i++)
        {
            if (type.SequenceEqual(TypeNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckSlr()
    {
        RodRecordParser.CheckWidth(tokenizer, 1 + TypeNames.Length);
        for (var i = 0; i < TypeNames.Length; i++)
        {
            var stated = RodRecordParser.Number(tokenizer[1 + i], tokenizer.Line, "SLR." + TypeNames[i]);
            if (stated != counts[i])
            {
                throw new ContractViolationException(tokenizer.Line, "SLR", $"SLR count of {TypeNames[i]} is {stated}, file has {counts[i]}");
            }
        }
    }
}
