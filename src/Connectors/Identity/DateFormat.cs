namespace Thuiszitters.Connectors;

/// <summary>The date notations of the source formats.</summary>
public enum DateFormat
{
    /// <summary><c>yyyy-mm-dd</c> (EDEX); partly known as <c>yyyy-mm</c> or <c>yyyy</c>.</summary>
    Iso,

    /// <summary><c>yyyymmdd</c> (ROD); partly known as <c>yyyymm00</c>, <c>yyyy0000</c>, <c>yyyymm</c> or <c>yyyy</c>.</summary>
    Compact,

    /// <summary><c>dd-mm-yyyy</c> (school CSV, BRP); partly known as <c>00-mm-yyyy</c> or <c>00-00-yyyy</c>.</summary>
    DayMonthYear,
}
