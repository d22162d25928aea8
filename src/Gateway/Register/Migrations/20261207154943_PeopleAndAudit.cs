using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class PeopleAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "endpoint",
                table: "audit_log",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "audit_log",
                type: "text",
                nullable: false,
                defaultValue: "ALLOWED");

            migrationBuilder.AddColumn<string>(
                name: "page",
                table: "audit_log",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "pgns",
                table: "audit_log",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "refusal",
                table: "audit_log",
                type: "text",
                nullable: true);

            // Rows written before: one row per pupil; the pupil goes into pgns too, so the pgn filter finds them.
            migrationBuilder.Sql("UPDATE audit_log SET pgns = ARRAY[pgn] WHERE pgn IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organisation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    schools = table.Column<string[]>(type: "text[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    first_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    session_version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_sign_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor",
                table: "audit_log",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_pgns",
                table: "audit_log",
                column: "pgns")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_people_user_name",
                table: "people",
                column: "user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_actor",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_pgns",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "endpoint",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "page",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "pgns",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "refusal",
                table: "audit_log");
        }
    }
}
