using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class FactTablesKeyedForTheirReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_vrijstellingen",
                table: "vrijstellingen");

            migrationBuilder.DropIndex(
                name: "ix_vrijstellingen_pgn",
                table: "vrijstellingen");

            migrationBuilder.DropPrimaryKey(
                name: "pk_thuiszitter_registrations",
                table: "thuiszitter_registrations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_school_pupils",
                table: "school_pupils");

            migrationBuilder.DropPrimaryKey(
                name: "pk_rod_persons",
                table: "rod_persons");

            migrationBuilder.DropIndex(
                name: "ix_rod_persons_pgn",
                table: "rod_persons");

            migrationBuilder.DropPrimaryKey(
                name: "pk_rod_enrolments",
                table: "rod_enrolments");

            migrationBuilder.DropIndex(
                name: "ix_rod_enrolments_pgn",
                table: "rod_enrolments");

            migrationBuilder.DropPrimaryKey(
                name: "pk_residents",
                table: "residents");

            migrationBuilder.DropPrimaryKey(
                name: "pk_absence_days",
                table: "absence_days");

            migrationBuilder.DropColumn(
                name: "id",
                table: "thuiszitter_registrations");

            migrationBuilder.DropColumn(
                name: "id",
                table: "school_pupils");

            migrationBuilder.DropColumn(
                name: "id",
                table: "residents");

            migrationBuilder.DropColumn(
                name: "id",
                table: "absence_days");

            migrationBuilder.AddPrimaryKey(
                name: "pk_vrijstellingen",
                table: "vrijstellingen",
                columns: new[] { "pgn", "recipient", "artikel", "begin_date" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_rod_persons",
                table: "rod_persons",
                columns: new[] { "pgn", "recipient" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_rod_enrolments",
                table: "rod_enrolments",
                columns: new[] { "pgn", "recipient", "school", "volgnummer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_vrijstellingen",
                table: "vrijstellingen");

            migrationBuilder.DropPrimaryKey(
                name: "pk_rod_persons",
                table: "rod_persons");

            migrationBuilder.DropPrimaryKey(
                name: "pk_rod_enrolments",
                table: "rod_enrolments");

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "thuiszitter_registrations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "school_pupils",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "residents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "id",
                table: "absence_days",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "pk_vrijstellingen",
                table: "vrijstellingen",
                columns: new[] { "recipient", "pgn", "artikel", "begin_date" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_thuiszitter_registrations",
                table: "thuiszitter_registrations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_school_pupils",
                table: "school_pupils",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_rod_persons",
                table: "rod_persons",
                columns: new[] { "recipient", "pgn" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_rod_enrolments",
                table: "rod_enrolments",
                columns: new[] { "recipient", "pgn", "school", "volgnummer" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_residents",
                table: "residents",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_absence_days",
                table: "absence_days",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_vrijstellingen_pgn",
                table: "vrijstellingen",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_rod_persons_pgn",
                table: "rod_persons",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_rod_enrolments_pgn",
                table: "rod_enrolments",
                column: "pgn");
        }
    }
}
