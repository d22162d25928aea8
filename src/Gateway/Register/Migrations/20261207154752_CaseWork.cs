using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class CaseWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_episodes",
                columns: table => new
                {
                    person_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    pgn = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    band = table.Column<string>(type: "text", nullable: true),
                    gemeente = table.Column<string>(type: "text", nullable: true),
                    schools = table.Column<string[]>(type: "text[]", nullable: false),
                    sector = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_episodes", x => new { x.person_key, x.status, x.since });
                });

            migrationBuilder.CreateTable(
                name: "case_index_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_index_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_people",
                columns: table => new
                {
                    person_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    pgn = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    surname = table.Column<string>(type: "text", nullable: true),
                    prefix = table.Column<string>(type: "text", nullable: true),
                    given_names = table.Column<string>(type: "text", nullable: true),
                    sort_name = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    birth_text = table.Column<string>(type: "text", nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    sector = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    plan = table.Column<bool>(type: "boolean", nullable: true),
                    offer = table.Column<bool>(type: "boolean", nullable: true),
                    regiehouder = table.Column<string>(type: "text", nullable: true),
                    registration_school = table.Column<string>(type: "text", nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_people", x => x.person_key);
                });

            migrationBuilder.CreateTable(
                name: "count_history",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    scope_kind = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false),
                    metric = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_count_history", x => new { x.scope_kind, x.scope, x.metric, x.day });
                });

            migrationBuilder.CreateTable(
                name: "overleg_overviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    gemeente = table.Column<string>(type: "text", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    officer_list_supplied = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_overleg_overviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "overleg_cases",
                columns: table => new
                {
                    overview_id = table.Column<long>(type: "bigint", nullable: false),
                    person_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    band = table.Column<string>(type: "text", nullable: true),
                    open_conflicts = table.Column<int>(type: "integer", nullable: false),
                    in_gateway = table.Column<bool>(type: "boolean", nullable: false),
                    in_officer_list = table.Column<bool>(type: "boolean", nullable: false),
                    change = table.Column<string>(type: "text", nullable: false),
                    change_detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_overleg_cases", x => new { x.overview_id, x.person_key });
                    table.ForeignKey(
                        name: "fk_overleg_cases_overleg_overviews_overview_id",
                        column: x => x.overview_id,
                        principalTable: "overleg_overviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "overleg_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    overview_id = table.Column<long>(type: "bigint", nullable: false),
                    person_key = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    what = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_overleg_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_overleg_steps_overleg_overviews_overview_id",
                        column: x => x.overview_id,
                        principalTable: "overleg_overviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_episodes_last_day",
                table: "case_episodes",
                column: "last_day");

            migrationBuilder.CreateIndex(
                name: "ix_count_history_day",
                table: "count_history",
                column: "day");

            migrationBuilder.CreateIndex(
                name: "ix_overleg_overviews_gemeente_id",
                table: "overleg_overviews",
                columns: new[] { "gemeente", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_overleg_steps_overview_id",
                table: "overleg_steps",
                column: "overview_id");

            migrationBuilder.CreateIndex(
                name: "ix_overleg_steps_person_key_id",
                table: "overleg_steps",
                columns: new[] { "person_key", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_episodes");

            migrationBuilder.DropTable(
                name: "case_index_state");

            migrationBuilder.DropTable(
                name: "case_people");

            migrationBuilder.DropTable(
                name: "count_history");

            migrationBuilder.DropTable(
                name: "overleg_cases");

            migrationBuilder.DropTable(
                name: "overleg_steps");

            migrationBuilder.DropTable(
                name: "overleg_overviews");

        }
    }
}
