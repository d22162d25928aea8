using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class IncrementalReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_name_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_key = table.Column<string>(type: "text", nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    birth_month = table.Column<int>(type: "integer", nullable: false),
                    birth_day = table.Column<int>(type: "integer", nullable: false),
                    surname = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_name_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "region_schools",
                columns: table => new
                {
                    school = table.Column<string>(type: "text", nullable: false),
                    in_rod = table.Column<bool>(type: "boolean", nullable: false),
                    exporting = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_schools", x => x.school);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_birth_year_birth_month_birth_day_surname",
                table: "person_name_keys",
                columns: new[] { "birth_year", "birth_month", "birth_day", "surname" });

            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_person_key",
                table: "person_name_keys",
                column: "person_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_name_keys");

            migrationBuilder.DropTable(
                name: "region_schools");
        }
    }
}
