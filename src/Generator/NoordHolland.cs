namespace Thuiszitters.Generator;

/// <summary>Real CBS codes of Noord-Holland gemeenten, weighted roughly by population.</summary>
internal static class NoordHolland
{
    public static readonly IReadOnlyList<GemeenteInfo> Gemeenten =
    [
        new("0361", "Alkmaar", 110, [1811, 1812, 1813, 1814, 1815, 1816, 1817, 1822, 1823, 1824, 1825]),
        new("0383", "Castricum", 37, [1901, 1902, 1906, 1921]),
        new("0373", "Bergen", 30, [1861, 1862, 1865, 1871, 1931]),
        new("0399", "Heiloo", 24, [1851, 1852]),
        new("1980", "Dijk en Waard", 90, [1701, 1702, 1703, 1704, 1705, 1706, 1721, 1722, 1723, 1724]),
        new("0375", "Beverwijk", 42, [1941, 1942, 1943, 1944, 1945, 1946]),
        new("0396", "Heemskerk", 39, [1961, 1962, 1963, 1964, 1965, 1966, 1967, 1968]),
        new("0450", "Uitgeest", 14, [1911, 1912]),
        new("0405", "Hoorn", 74, [1621, 1622, 1623, 1624, 1625, 1627, 1628]),
        new("0441", "Schagen", 47, [1741, 1742, 1744, 1749, 1756]),
        new("0400", "Den Helder", 56, [1781, 1782, 1783, 1784, 1785, 1786, 1787]),
        new("1911", "Hollands Kroon", 49, [1761, 1764, 1771, 1774, 1777]),
        new("0388", "Enkhuizen", 19, [1601, 1602]),
        new("0532", "Stede Broec", 22, [1611, 1613]),
        new("0498", "Drechterland", 20, [1606, 1607, 1609]),
    ];
}
