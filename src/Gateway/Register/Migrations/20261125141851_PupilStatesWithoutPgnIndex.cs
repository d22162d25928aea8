using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class PupilStatesWithoutPgnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pupil_states_pgn",
                table: "pupil_states");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_without_pgn",
                table: "pupil_states",
                column: "pgn",
                filter: "pgn IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pupil_states_without_pgn",
                table: "pupil_states");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_pgn",
                table: "pupil_states",
                column: "pgn");
        }
    }
}
