using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class SyncRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sync_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    job_id = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    files_total = table.Column<int>(type: "integer", nullable: false),
                    files = table.Column<int>(type: "integer", nullable: false),
                    records_read = table.Column<long>(type: "bigint", nullable: false),
                    records_applied = table.Column<long>(type: "bigint", nullable: false),
                    records_quarantined = table.Column<long>(type: "bigint", nullable: false),
                    files_refused = table.Column<int>(type: "integer", nullable: false),
                    persons_changed = table.Column<int>(type: "integer", nullable: false),
                    conflicts_opened = table.Column<int>(type: "integer", nullable: false),
                    conflicts_resolved = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_sources",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failing_streak = table.Column<int>(type: "integer", nullable: false),
                    paused = table.Column<bool>(type: "boolean", nullable: false),
                    paused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paused_reason = table.Column<string>(type: "text", nullable: true),
                    last_success_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resumed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resumed_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_sources", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "sync_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    error_line = table.Column<long>(type: "bigint", nullable: true),
                    error_field = table.Column<string>(type: "text", nullable: true),
                    records = table.Column<long>(type: "bigint", nullable: false),
                    quarantined = table.Column<long>(type: "bigint", nullable: false),
                    archive_path = table.Column<string>(type: "text", nullable: true),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_again_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_sync_files_sync_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "sync_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sync_files_delivery_id",
                table: "sync_files",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_files_run_id",
                table: "sync_files",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_files_source_outcome",
                table: "sync_files",
                columns: new[] { "source", "outcome" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_outcome_started_at",
                table: "sync_runs",
                columns: new[] { "outcome", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_source_started_at",
                table: "sync_runs",
                columns: new[] { "source", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_started_at",
                table: "sync_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sync_files");

            migrationBuilder.DropTable(
                name: "sync_sources");

            migrationBuilder.DropTable(
                name: "sync_runs");
        }
    }
}
