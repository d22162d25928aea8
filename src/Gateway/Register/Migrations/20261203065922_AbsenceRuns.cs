using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class AbsenceRuns : Migration
    {
        /// <summary>The runs a row per day, as the table was before (the codes spelled out, as <c>AbsenceCodes</c> numbers them).</summary>
        private const string AbsenceDaysSelect = """
            SELECT r.delivery_id, r.line + d.i - 1 AS line, r.school, r.stamnummer, r.bsn, r.onderwijsnummer, d.date, d.hours,
                   (ARRAY['ZIEK', 'GEOORLOOFD', 'ONGEOORLOOFD', 'LUXE', 'SCHORSING', 'VERLOF_11F', 'VERLOF_11G'])[d.code + 1] AS code
            FROM absence_runs r CROSS JOIN LATERAL unnest(r.dates, r.hours, r.codes) WITH ORDINALITY AS d(date, hours, code, i)
            """;

        /// <summary>A day per row, for reading by hand and for the pupil page's sources.</summary>
        private const string AbsenceDaysView = "CREATE VIEW absence_days AS " + AbsenceDaysSelect + ";";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "absence_runs",
                columns: table => new
                {
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    stamnummer = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    bsn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    dates = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    hours = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    codes = table.Column<short[]>(type: "smallint[]", nullable: false)
                },
                constraints: table =>
                {
                    table.CheckConstraint("ck_absence_runs_days", "cardinality(dates) >= 1 AND cardinality(hours) = cardinality(dates) AND cardinality(codes) = cardinality(dates)");
                });

            // Each run of consecutive lines of one pupil in one delivery becomes a row (gaps and islands: line minus the
            // row's number among the pupil's rows is constant along a run); a row that names no pupil stays on its own.
            migrationBuilder.Sql("""
                INSERT INTO absence_runs (delivery_id, line, school, stamnummer, bsn, onderwijsnummer, dates, hours, codes)
                SELECT delivery_id, min(line), school, stamnummer, bsn, onderwijsnummer,
                       array_agg(date ORDER BY line), array_agg(hours ORDER BY line), array_agg(code ORDER BY line)
                FROM (
                  SELECT delivery_id, line, school, stamnummer, bsn, onderwijsnummer, date, hours,
                         CAST(array_position(ARRAY['ZIEK', 'GEOORLOOFD', 'ONGEOORLOOFD', 'LUXE', 'SCHORSING', 'VERLOF_11F', 'VERLOF_11G'], code) - 1 AS smallint) AS code,
                         line - row_number() OVER (PARTITION BY delivery_id, school, stamnummer, bsn, onderwijsnummer ORDER BY line) AS run,
                         CASE WHEN coalesce(stamnummer, bsn, onderwijsnummer) IS NULL THEN line END AS alone
                  FROM absence_days) AS d
                GROUP BY delivery_id, school, stamnummer, bsn, onderwijsnummer, run, alone;
                DELETE FROM deferred_indexes WHERE table_name = 'absence_days';
                DROP TABLE absence_days;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_absence_runs_bsn",
                table: "absence_runs",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_absence_runs_onderwijsnummer",
                table: "absence_runs",
                column: "onderwijsnummer",
                filter: "onderwijsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_absence_runs_school",
                table: "absence_runs",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_absence_runs_without_pgn",
                table: "absence_runs",
                columns: new[] { "school", "stamnummer" },
                filter: "bsn IS NULL AND onderwijsnummer IS NULL");

            migrationBuilder.Sql(AbsenceDaysView);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW absence_days;");
            migrationBuilder.CreateTable(
                name: "absence_days",
                columns: table => new
                {
                    bsn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    code = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    hours = table.Column<decimal>(type: "numeric", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    school = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    stamnummer = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                });

            migrationBuilder.Sql(
                "INSERT INTO absence_days (delivery_id, line, school, stamnummer, bsn, onderwijsnummer, date, hours, code) " + AbsenceDaysSelect + ";");
            migrationBuilder.Sql("DELETE FROM deferred_indexes WHERE table_name = 'absence_runs';");

            migrationBuilder.DropTable(
                name: "absence_runs");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_bsn",
                table: "absence_days",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days",
                column: "onderwijsnummer",
                filter: "onderwijsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_school",
                table: "absence_days",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_without_pgn",
                table: "absence_days",
                columns: new[] { "school", "stamnummer" },
                filter: "bsn IS NULL AND onderwijsnummer IS NULL");
        }
    }
}
