using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class WithoutPgnIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_school_pupils_school",
                table: "school_pupils");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_school_source_key",
                table: "school_pupils",
                columns: new[] { "school", "source_key" });

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_without_pgn",
                table: "school_pupils",
                columns: new[] { "school", "source_key" },
                filter: "bsn IS NULL AND onderwijsnummer IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_without_pgn",
                table: "absence_days",
                columns: new[] { "school", "stamnummer" },
                filter: "bsn IS NULL AND onderwijsnummer IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_school_pupils_school_source_key",
                table: "school_pupils");

            migrationBuilder.DropIndex(
                name: "ix_school_pupils_without_pgn",
                table: "school_pupils");

            migrationBuilder.DropIndex(
                name: "ix_absence_days_without_pgn",
                table: "absence_days");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_school",
                table: "school_pupils",
                column: "school");
        }
    }
}
