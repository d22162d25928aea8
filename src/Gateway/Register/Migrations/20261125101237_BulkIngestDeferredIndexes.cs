using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class BulkIngestDeferredIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deferred_indexes",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    table_name = table.Column<string>(type: "text", nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    dropped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deferred_indexes", x => x.name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "deferred_indexes");
        }
    }
}
