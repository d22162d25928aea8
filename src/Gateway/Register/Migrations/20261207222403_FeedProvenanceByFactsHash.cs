using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class FeedProvenanceByFactsHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "facts_hash",
                table: "pupil_states",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "feed_provenance",
                columns: table => new
                {
                    pgn = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    facts_hash = table.Column<long>(type: "bigint", nullable: false),
                    names = table.Column<string>(type: "text", nullable: false),
                    identity = table.Column<string>(type: "text", nullable: false),
                    sources = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feed_provenance", x => x.pgn);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feed_provenance");

            migrationBuilder.DropColumn(
                name: "facts_hash",
                table: "pupil_states");
        }
    }
}
