using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class SchoolSystemApiAndRodCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rod_board_settings",
                columns: table => new
                {
                    board = table.Column<string>(type: "text", nullable: false),
                    auto_submit = table.Column<bool>(type: "boolean", nullable: false),
                    schools = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_board_settings", x => x.board);
                });

            migrationBuilder.CreateTable(
                name: "rod_corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    conflict_id = table.Column<long>(type: "bigint", nullable: false),
                    conflict_code = table.Column<string>(type: "text", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: false),
                    mutation = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    sequence_number = table.Column<int>(type: "integer", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<string>(type: "text", nullable: false),
                    submission_id = table.Column<long>(type: "bigint", nullable: true),
                    signal_code = table.Column<string>(type: "text", nullable: true),
                    signal_text = table.Column<string>(type: "text", nullable: true),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_corrections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rod_submissions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    school = table.Column<string>(type: "text", nullable: false),
                    idempotency_key = table.Column<Guid>(type: "uuid", nullable: false),
                    duo_batch_id = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "text", nullable: false),
                    submitted_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sis_absences",
                columns: table => new
                {
                    school = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    student_number = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    seen_run = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sis_absences", x => new { x.school, x.student_number, x.date, x.code });
                });

            migrationBuilder.CreateTable(
                name: "sis_cursors",
                columns: table => new
                {
                    school = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    base_url = table.Column<string>(type: "text", nullable: false),
                    changed_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    walk_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cursor = table.Column<string>(type: "text", nullable: true),
                    walk_max_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sis_cursors", x => x.school);
                });

            migrationBuilder.CreateTable(
                name: "sis_pull_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    school = table.Column<string>(type: "text", nullable: false),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    pages = table.Column<int>(type: "integer", nullable: false),
                    students = table.Column<int>(type: "integer", nullable: false),
                    absences = table.Column<int>(type: "integer", nullable: false),
                    quarantined = table.Column<long>(type: "bigint", nullable: false),
                    pupils_delivery_id = table.Column<long>(type: "bigint", nullable: true),
                    absences_delivery_id = table.Column<long>(type: "bigint", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sis_pull_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sis_students",
                columns: table => new
                {
                    school = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    student_number = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sis_students", x => new { x.school, x.student_number });
                });

            migrationBuilder.CreateIndex(
                name: "ix_rod_corrections_conflict_id",
                table: "rod_corrections",
                column: "conflict_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rod_corrections_school_state",
                table: "rod_corrections",
                columns: new[] { "school", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_rod_corrections_submission_id",
                table: "rod_corrections",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_rod_submissions_idempotency_key",
                table: "rod_submissions",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rod_submissions_state",
                table: "rod_submissions",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "ix_sis_pull_runs_school_started_at",
                table: "sis_pull_runs",
                columns: new[] { "school", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rod_board_settings");

            migrationBuilder.DropTable(
                name: "rod_corrections");

            migrationBuilder.DropTable(
                name: "rod_submissions");

            migrationBuilder.DropTable(
                name: "sis_absences");

            migrationBuilder.DropTable(
                name: "sis_cursors");

            migrationBuilder.DropTable(
                name: "sis_pull_runs");

            migrationBuilder.DropTable(
                name: "sis_students");
        }
    }
}
