using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class PartialOnderwijsnummerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_thuiszitter_registrations_onderwijsnummer",
                table: "thuiszitter_registrations");

            migrationBuilder.DropIndex(
                name: "ix_school_pupils_onderwijsnummer",
                table: "school_pupils");

            migrationBuilder.DropIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_registrations_onderwijsnummer",
                table: "thuiszitter_registrations",
                column: "onderwijsnummer",
                filter: "onderwijsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_onderwijsnummer",
                table: "school_pupils",
                column: "onderwijsnummer",
                filter: "onderwijsnummer IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days",
                column: "onderwijsnummer",
                filter: "onderwijsnummer IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_thuiszitter_registrations_onderwijsnummer",
                table: "thuiszitter_registrations");

            migrationBuilder.DropIndex(
                name: "ix_school_pupils_onderwijsnummer",
                table: "school_pupils");

            migrationBuilder.DropIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_registrations_onderwijsnummer",
                table: "thuiszitter_registrations",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_onderwijsnummer",
                table: "school_pupils",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days",
                column: "onderwijsnummer");
        }
    }
}
