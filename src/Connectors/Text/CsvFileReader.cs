namespace Thuiszitters.Connectors.Text;

/// <summary>
/// The CSV rules shared by the school exports and the BRP extract: <c>;</c> separator, RFC 4180 quotes, a header row
/// mapped by name, every row as wide as the header, UTF-8 or Windows-1252, empty lines only at the end.
/// </summary>
internal abstract class CsvFileReader : SourceFileReader
{
    private readonly DelimitedTokenizer tokenizer;
    private CsvColumns? columns;
    private long blankLine;

    protected CsvFileReader(Stream stream, string fileName)
        : base(fileName)
    {
        tokenizer = new DelimitedTokenizer(stream, ';', quoting: true, EncodingPolicy.Utf8OrWindows1252);
    }

    /// <summary>The format's columns, as named in the spec; subclasses address them by position in this list.</summary>
    protected abstract IReadOnlyList<string> ColumnNames { get; }

    protected long Line => tokenizer.Line;

    protected abstract SourceRecord CreateHeader();

    /// <summary>Turns the current row into a fact, or a quarantined record when its BSN/onderwijsnummer fails.</summary>
    protected abstract SourceRecord ParseRow();

    /// <summary>The trimmed-less raw value of required column <paramref name="column"/> in the current row.</summary>
    protected ReadOnlySpan<char> Field(int column) => tokenizer[columns![column]];

    protected string Name(int column) => ColumnNames[column];

    protected QuarantinedRecord Quarantine(int column, string reason) =>
        new(FileName, Name(column), reason, tokenizer.RawRecord.ToString(), Field(column).Trim().ToString()) { Line = tokenizer.Line };

    /// <summary>Quarantines the row when one of its PGN fields failed; null when both are empty or valid.</summary>
    protected QuarantinedRecord? QuarantineIfFailed(PgnField bsn, int bsnColumn, PgnField onderwijsnummer, int onderwijsnummerColumn)
    {
        if (bsn.Failed)
        {
            return Quarantine(bsnColumn, bsn.FailReason!);
        }

        return onderwijsnummer.Failed ? Quarantine(onderwijsnummerColumn, onderwijsnummer.FailReason!) : null;
    }

    protected override SourceRecord? ReadNext()
    {
        if (columns is null)
        {
            if (!tokenizer.Read())
            {
                throw new ContractViolationException(0, null, "file is empty");
            }

            if (tokenizer.IsBlank)
            {
                throw new ContractViolationException(tokenizer.Line, null, "header row is empty");
            }

            columns = CsvColumns.Bind(tokenizer, ColumnNames);
            return CreateHeader();
        }

        while (tokenizer.Read())
        {
            if (tokenizer.IsBlank)
            {
                blankLine = blankLine == 0 ? tokenizer.Line : blankLine;
                continue;
            }

            if (blankLine != 0)
            {
                throw new ContractViolationException(blankLine, null, "empty line before the end of the file");
            }

            if (tokenizer.FieldCount != columns.Width)
            {
                throw new ContractViolationException(tokenizer.Line, null, $"row has {tokenizer.FieldCount} fields, the header has {columns.Width}");
            }

            return ParseRow();
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
}
