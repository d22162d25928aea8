using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateIsSameNameAndBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_deliveries_sha256_final",
                table: "deliveries");

            migrationBuilder.CreateIndex(
                name: "ux_deliveries_file_final",
                table: "deliveries",
                columns: new[] { "file_name", "sha256" },
                unique: true,
                filter: "outcome IN ('APPLIED', 'REJECTED')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_deliveries_file_final",
                table: "deliveries");

            migrationBuilder.CreateIndex(
                name: "ux_deliveries_sha256_final",
                table: "deliveries",
                column: "sha256",
                unique: true,
                filter: "outcome IN ('APPLIED', 'REJECTED')");
        }
    }
}
