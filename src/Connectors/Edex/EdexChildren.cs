using System.Xml;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Edex;

/// <summary>
/// The simple child elements of one EDEX element, read straight from the <see cref="XmlReader"/> (no XElement per
/// pupil) and checked against the names the contract allows: each at most once, text only. Values are trimmed; an
/// absent or empty element reads as empty. One instance is reused for every element of its kind, so after the first
/// few elements reading one allocates only what the parser itself does.
/// </summary>
/// <remarks>
/// A contract breach found while reading is held until the element's end tag and the node after it have been read, so
/// that, as when the element was loaded whole, a damaged element is reported as not well-formed XML first.
/// </remarks>
internal sealed class EdexChildren
{
    private readonly EdexNodeLog log = new();
    private readonly string[] names;
    private readonly string? allowedAttribute;
    private readonly string ns;
    private readonly int[] starts;
    private readonly int[] lengths;
    private readonly long[] lines;
    private readonly bool[] seen;
    private ContractViolationException? breach;

    /// <param name="nameTable">The reader's name table: the allowed names are atomized in it, so matching is by reference.</param>
    /// <param name="allowed">The child names the contract allows; the index of each is how its value is looked up.</param>
    /// <param name="allowedAttribute">The one attribute the element may carry, or null when attributes are not checked.</param>
    public EdexChildren(XmlNameTable nameTable, string[] allowed, string? allowedAttribute)
    {
        names = Array.ConvertAll(allowed, nameTable.Add);
        this.allowedAttribute = allowedAttribute;
        ns = nameTable.Add(EdexReader.Namespace);
        starts = new int[names.Length];
        lengths = new int[names.Length];
        lines = new long[names.Length];
        seen = new bool[names.Length];
    }

    /// <summary>The line of the element's start tag.</summary>
    public long ElementLine { get; private set; }

    /// <summary>The value of the allowed attribute, or null when the element does not carry it.</summary>
    public string? Attribute { get; private set; }

    public ReadOnlySpan<char> this[int index] => seen[index] ? log.Text(starts[index], lengths[index]) : default;

    public string Name(int index) => names[index];

    public long Line(int index) => lines[index];

    /// <summary>
    /// Reads the element <paramref name="xml"/> is on, up to and including its end tag, and moves on to the node after
    /// it. Throws the first contract breach in the element, after any XML error in it.
    /// </summary>
    public void Read(XmlReader xml)
    {
        var position = (IXmlLineInfo)xml;
        ElementLine = position.LineNumber;
        Attribute = null;
        breach = null;
        log.Clear();
        Array.Clear(seen);
        Array.Fill(lines, ElementLine);

        var parent = xml.LocalName;
        var attributes = log.Start(xml);
        if (allowedAttribute is not null)
        {
            CheckAttributes(log.Nodes(attributes), parent);
        }

        if (xml.IsEmptyElement)
        {
            log.End(emptyElement: true);
            Finish(xml);
            return;
        }

        var depth = xml.Depth;
        var child = -1;
        var childStart = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when breach is not null:
                    break;
                case XmlNodeType.Element when xml.Depth > depth + 1:
                    breach = new ContractViolationException(lines[child], names[child], "may hold text only");
                    break;
                case XmlNodeType.Element:
                    child = Child(xml, position.LineNumber, parent);
                    childStart = log.TextLength;
                    if (breach is null && xml.IsEmptyElement)
                    {
                        log.End(emptyElement: true);
                        SetValue(child, childStart);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when breach is null:
                    log.AppendText(xml, cdata: false);
                    break;
                case XmlNodeType.CDATA when breach is null:
                    log.AppendText(xml, cdata: true);
                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    log.End(emptyElement: false);
                    Finish(xml);
                    return;
                case XmlNodeType.EndElement when breach is null:
                    log.End(emptyElement: false);
                    SetValue(child, childStart);
                    break;
            }
        }

        throw new XmlException("The document ends inside an element.");
    }

    /// <summary>The element's XML as the XElement reader wrote it; only a quarantined record needs it.</summary>
    public string OuterXml() => log.OuterXml();

    /// <summary>Namespace declarations and the allowed attribute may appear; any other attribute is a breach.</summary>
    private void CheckAttributes(ReadOnlySpan<EdexNode> nodes, string parent)
    {
        foreach (var node in nodes)
        {
            var isDeclaration = node.Namespace!.Length == 0 ? node.Name == "xmlns" : node.Namespace == EdexNodeLog.XmlnsNamespace;
            if (isDeclaration)
            {
                continue;
            }

            if (node.Namespace.Length == 0 && node.Name == allowedAttribute)
            {
                Attribute = node.Value;
            }
            else
            {
                breach = new ContractViolationException(ElementLine, node.Name, $"is not an attribute of {parent}");
                return;
            }
        }
    }

    /// <summary>Checks a child's start tag (name, namespace, not twice) and logs it; returns its index, or -1.</summary>
    private int Child(XmlReader xml, long line, string parent)
    {
        var localName = xml.LocalName;
        var i = Array.IndexOf(names, localName);
        if (i < 0 || xml.NamespaceURI != ns)
        {
            breach = new ContractViolationException(line, localName, $"is not an element of {parent}");
            return -1;
        }

        if (seen[i])
        {
            breach = new ContractViolationException(line, localName, "appears twice");
            return -1;
        }

        lines[i] = line;
        log.Start(xml);
        return i;
    }

    /// <summary>The child's value: all its text, which lies in the buffer from <paramref name="start"/> on, trimmed.</summary>
    private void SetValue(int child, int start)
    {
        var value = log.Text(start, log.TextLength - start);
        var trimmed = value.TrimStart();
        starts[child] = start + value.Length - trimmed.Length;
        lengths[child] = trimmed.TrimEnd().Length;
        seen[child] = true;
    }

    /// <summary>Moves past the element, as loading it did, before reporting a breach found in it.</summary>
    private void Finish(XmlReader xml)
    {
        xml.Read();
        if (breach is not null)
        {
            throw breach;
        }
    }
}
