using System.Xml;
using System.Xml.Linq;

namespace Thuiszitters.Connectors.Edex;

/// <summary>
/// What was read of one EDEX element, node for node, in reused buffers: its text (also the children's values) and
/// enough of its tags to rebuild the element's XML exactly as the XElement reader wrote it for a quarantined record.
/// </summary>
/// <remarks>
/// The XElement reader loaded each element from <see cref="XmlReader.ReadSubtree"/>, which adds a namespace
/// declaration wherever an element or prefixed attribute uses a prefix not declared inside the subtree (appended after
/// the real attributes; one the element declares itself is dropped, the last one moving into its place). The log adds
/// the same declarations, so the rebuilt element is the same tree and writes the same text.
/// </remarks>
internal sealed class EdexNodeLog
{
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private char[] text = new char[2048];
    private EdexNode[] nodes = new EdexNode[64];
    private int nodeCount;
    private (string? Prefix, string? Uri)[] scope = new (string?, string?)[8];
    private int scopeCount;
    private (string Prefix, string Uri)[] added = new (string, string)[4];
    private int addedCount;

    public enum Kind : byte
    {
        Start,
        Attribute,
        Text,
        CData,
        End,
        EmptyEnd,
    }

    public int TextLength { get; private set; }

    public ReadOnlySpan<char> Text(int start, int length) => text.AsSpan(start, length);

    public ReadOnlySpan<EdexNode> Nodes(int start) => nodes.AsSpan(start, nodeCount - start);

    public void Clear()
    {
        TextLength = 0;
        nodeCount = 0;
        scopeCount = 0;
    }

    /// <summary>
    /// Logs the start tag <paramref name="xml"/> is on with its attributes (attribute names as XElement named them)
    /// and opens its namespace scope; returns the index of its first attribute node.
    /// </summary>
    public int Start(XmlReader xml)
    {
        Declare(null, null);
        addedCount = 0;
        if (Lookup(xml.Prefix) != xml.NamespaceURI)
        {
            Add(xml.Prefix, xml.NamespaceURI);
        }

        Log(new EdexNode(Kind.Start, xml.LocalName, xml.NamespaceURI, null, 0, 0));
        var first = nodeCount;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                var prefix = xml.Prefix;
                var uri = xml.NamespaceURI;
                var value = xml.Value;
                Log(new EdexNode(Kind.Attribute, xml.LocalName, prefix.Length == 0 ? string.Empty : uri, value, 0, 0));
                if (uri == XmlnsNamespace)
                {
                    var declared = prefix.Length == 0 ? string.Empty : xml.LocalName;
                    Declare(declared, value);
                    Drop(declared);
                }
                else if (prefix.Length != 0 && Lookup(prefix) != uri)
                {
                    Add(prefix, uri);
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        foreach (var (prefix, uri) in added.AsSpan(0, addedCount))
        {
            Log(prefix.Length == 0
                ? new EdexNode(Kind.Attribute, "xmlns", string.Empty, uri, 0, 0)
                : new EdexNode(Kind.Attribute, prefix, XmlnsNamespace, uri, 0, 0));
        }

        return first;
    }

    /// <summary>Logs the end of the innermost open element (an empty-element tag or an end tag) and closes its scope.</summary>
    public void End(bool emptyElement)
    {
        Log(new EdexNode(emptyElement ? Kind.EmptyEnd : Kind.End, null, null, null, 0, 0));
        do
        {
            scopeCount--;
        }
        while (scope[scopeCount].Prefix is not null);
    }

    /// <summary>Appends the text or CDATA node <paramref name="xml"/> is on to the text buffer and logs it.</summary>
    public void AppendText(XmlReader xml, bool cdata)
    {
        var start = TextLength;
        while (true)
        {
            if (text.Length - TextLength < 256)
            {
                Array.Resize(ref text, text.Length * 2);
            }

            var read = xml.ReadValueChunk(text, TextLength, text.Length - TextLength);
            if (read == 0)
            {
                break;
            }

            TextLength += read;
        }

        Log(new EdexNode(cdata ? Kind.CData : Kind.Text, null, null, null, start, TextLength - start));
    }

    /// <summary>The element as <c>XElement.ToString(SaveOptions.DisableFormatting)</c> wrote it after loading it whole.</summary>
    public string OuterXml()
    {
        XElement? root = null;
        XElement? current = null;
        foreach (var node in nodes.AsSpan(0, nodeCount))
        {
            switch (node.Kind)
            {
                case Kind.Start:
                    var element = new XElement(XNamespace.Get(node.Namespace!).GetName(node.Name!));
                    current?.Add(element);
                    root ??= element;
                    current = element;
                    break;
                case Kind.Attribute:
                    current!.Add(new XAttribute(XNamespace.Get(node.Namespace!).GetName(node.Name!), node.Value!));
                    break;
                case Kind.Text:
                    current!.Add(new string(text, node.Start, node.Length));
                    break;
                case Kind.CData:
                    current!.Add(new XCData(new string(text, node.Start, node.Length)));
                    break;
                default:
                    if (node.Kind == Kind.End && current!.IsEmpty)
                    {
                        // A start and end tag with nothing between load as empty content, not as an empty element.
                        current.Add(string.Empty);
                    }

                    current = current!.Parent;
                    break;
            }
        }

        return root!.ToString(SaveOptions.DisableFormatting);
    }

    private static void Append<T>(ref T[] array, ref int count, T item)
    {
        if (count == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[count++] = item;
    }

    /// <summary>The namespace a prefix has inside the subtree, as the subtree reader's namespace manager answers it.</summary>
    private string? Lookup(string prefix)
    {
        for (var i = scopeCount - 1; i >= 0; i--)
        {
            if (scope[i].Prefix == prefix)
            {
                return scope[i].Uri;
            }
        }

        return prefix switch
        {
            "" => string.Empty,
            "xml" => XmlNamespace,
            "xmlns" => XmlnsNamespace,
            _ => null,
        };
    }

    /// <summary>Adds a declaration to the open scope; a null prefix marks where an element's scope begins.</summary>
    private void Declare(string? prefix, string? uri) => Append(ref scope, ref scopeCount, (prefix, uri));

    private void Add(string prefix, string uri)
    {
        Declare(prefix, uri);
        Append(ref added, ref addedCount, (prefix, uri));
    }

    private void Drop(string prefix)
    {
        for (var i = 0; i < addedCount; i++)
        {
            if (added[i].Prefix == prefix)
            {
                added[i] = added[--addedCount];
                return;
            }
        }
    }

    private void Log(EdexNode node) => Append(ref nodes, ref nodeCount, node);
}

/// <summary>One logged node: a tag's name and namespace, an attribute's value, or a run of the text buffer.</summary>
internal readonly record struct EdexNode(EdexNodeLog.Kind Kind, string? Name, string? Namespace, string? Value, int Start, int Length);
