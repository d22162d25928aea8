using System.Xml;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Edex;

/// <summary>
/// Reads <c>&lt;SCHOOL&gt;_&lt;yyyymmdd&gt;.edex.xml</c> with a forward-only reader, streaming each <c>leerling</c>'s
/// children into reused buffers (no tree per pupil). DTDs are prohibited and nothing external is resolved, so an entity
/// bomb is refused at its DOCTYPE.
/// </summary>
internal sealed class EdexReader : SourceFileReader
{
    public const string Namespace = "urn:thuiszitters:edex:1";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersFromEntities = 1024,
    };

    private readonly XmlReader xml;
    private readonly DropFileName name;
    private readonly EdexPupilParser pupils;
    private State state;

    public EdexReader(Stream stream, string fileName, DropFileName name)
        : base(fileName)
    {
        this.name = name;
        xml = XmlReader.Create(stream, Settings);
        pupils = new EdexPupilParser(fileName, xml.NameTable);
    }

    private enum State
    {
        Start,
        Pupils,
        Done,
    }

    private long CurrentLine => ((IXmlLineInfo)xml).LineNumber;

    protected override SourceRecord? ReadNext()
    {
        try
        {
            return state switch
            {
                State.Start => ReadSchool(),
                State.Pupils => ReadPupil(),
                _ => null,
            };
        }
        catch (XmlException e) when (IsDtd(e))
        {
            // The parser reports no position for a prohibited DTD.
            throw new ContractViolationException(e.LineNumber, "DOCTYPE", "holds a DTD (DOCTYPE), which is refused");
        }
        catch (XmlException e)
        {
            throw new ContractViolationException(e.LineNumber > 0 ? e.LineNumber : CurrentLine, null, "is not well-formed XML (damaged or truncated)");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            xml.Dispose();
        }
    }

    private SchoolExportHeader ReadSchool()
    {
        if (FirstNode() != XmlNodeType.Element)
        {
            throw new ContractViolationException(CurrentLine, null, "file is empty or holds no root element");
        }

        if (xml.LocalName != "EDEX" || xml.NamespaceURI != Namespace)
        {
            throw new ContractViolationException(CurrentLine, "EDEX", $"root element is not EDEX in namespace {Namespace}");
        }

        if (xml.IsEmptyElement || !xml.Read() || xml.MoveToContent() != XmlNodeType.Element || !Is("school"))
        {
            throw new ContractViolationException(CurrentLine, "school", "the first element in EDEX must be school");
        }

        var header = EdexSchoolParser.Parse(xml);
        if (header.School.ToString() != name.Owner)
        {
            throw new ContractViolationException(header.Line, "brincode", "the school in the file differs from the school in the file name");
        }

        if (xml.MoveToContent() != XmlNodeType.Element || !Is("leerlingen"))
        {
            throw new ContractViolationException(CurrentLine, "leerlingen", "leerlingen must follow school");
        }

        var empty = xml.IsEmptyElement;
        xml.Read();
        state = State.Pupils;
        if (empty)
        {
            ExpectEnd(sawLeerlingenEnd: true);
        }

        return header;
    }

    private SourceRecord? ReadPupil()
    {
        var node = xml.MoveToContent();
        if (node == XmlNodeType.EndElement)
        {
            ExpectEnd(sawLeerlingenEnd: false);
            return null;
        }

        if (node != XmlNodeType.Element || !Is("leerling"))
        {
            throw new ContractViolationException(CurrentLine, xml.LocalName, "only leerling elements may appear in leerlingen");
        }

        return pupils.Parse(xml);
    }

    private XmlNodeType FirstNode()
    {
        try
        {
            return xml.MoveToContent();
        }
        catch (XmlException e) when (!IsDtd(e) && xml.NodeType is XmlNodeType.None or XmlNodeType.XmlDeclaration)
        {
            // The parser's "root element is missing": an empty file, or a declaration and nothing else.
            return XmlNodeType.None;
        }
    }

    /// <summary>Checks that only the closing tags of leerlingen and EDEX follow, then the end of the document.</summary>
    private void ExpectEnd(bool sawLeerlingenEnd)
    {
        state = State.Done;
        if (!sawLeerlingenEnd)
        {
            xml.ReadEndElement();
        }

        if (xml.MoveToContent() != XmlNodeType.EndElement)
        {
            throw new ContractViolationException(CurrentLine, xml.LocalName, "nothing may follow leerlingen inside EDEX");
        }

        xml.ReadEndElement();
        while (xml.Read())
        {
            if (xml.NodeType is not (XmlNodeType.Whitespace or XmlNodeType.Comment))
            {
                throw new ContractViolationException(CurrentLine, null, "content after the EDEX element");
            }
        }
    }

    private static bool IsDtd(XmlException e) => e.Message.Contains("DTD", StringComparison.Ordinal);

    private bool Is(string localName) => xml.LocalName == localName && xml.NamespaceURI == Namespace;
}
