using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class PartialOnderwijsnummerNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_onderwijsnummer_birth_surname",
                table: "person_name_keys",
                columns: new[] { "birth_year", "birth_month", "birth_day", "surname" },
                filter: "person_key LIKE '10%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_person_name_keys_onderwijsnummer_birth_surname",
                table: "person_name_keys");
        }
    }
}
