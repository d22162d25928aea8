using System.Xml;
using System.Xml.Linq;
using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors.Edex;

/// <summary>
/// The simple child elements of one EDEX element, checked against the names the contract allows: each at most once,
/// text only. Values are trimmed; an absent or empty element reads as empty.
/// </summary>
internal sealed class EdexChildren
{
    private readonly string[] names;
    private readonly string?[] values;
    private readonly long[] lines;

    private EdexChildren(string[] names, long line)
    {
        this.names = names;
        values = new string?[names.Length];
        lines = new long[names.Length];
        Array.Fill(lines, line);
    }

    public static EdexChildren Read(XElement parent, string[] allowed, long line)
    {
        var children = new EdexChildren(allowed, line);
        foreach (var child in parent.Elements())
        {
            var childLine = LineOf(child, line);
            var i = Array.IndexOf(allowed, child.Name.LocalName);
            if (i < 0 || child.Name.NamespaceName != EdexReader.Namespace)
            {
                throw new ContractViolationException(childLine, child.Name.LocalName, $"is not an element of {parent.Name.LocalName}");
            }

            if (children.values[i] is not null)
            {
                throw new ContractViolationException(childLine, child.Name.LocalName, "appears twice");
            }

            if (child.HasElements)
            {
                throw new ContractViolationException(childLine, child.Name.LocalName, "may hold text only");
            }

            children.values[i] = child.Value.Trim();
            children.lines[i] = childLine;
        }

        return children;
    }

    public ReadOnlySpan<char> this[int index] => values[index];

    public string Name(int index) => names[index];

    public long Line(int index) => lines[index];

    private static long LineOf(XElement element, long fallback) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : fallback;
}
