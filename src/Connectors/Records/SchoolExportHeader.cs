namespace Thuiszitters.Connectors;

/// <summary>First item of a school export: a full snapshot of one kind for one school as of <paramref name="ExportDate"/>.</summary>
public sealed record SchoolExportHeader(SchoolExportKind Kind, SchoolCode School, DateOnly ExportDate) : SourceRecord;
