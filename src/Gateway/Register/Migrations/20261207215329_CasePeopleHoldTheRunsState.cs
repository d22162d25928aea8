using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class CasePeopleHoldTheRunsState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows built before hold no state: emptied, and rebuilt with it on the next read (the index forgets its run).
            migrationBuilder.Sql("DELETE FROM case_people; DELETE FROM case_index_state WHERE id = 1;");

            migrationBuilder.AddColumn<DateOnly>(
                name: "as_of",
                table: "case_people",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "band",
                table: "case_people",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "gemeente",
                table: "case_people",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "schools",
                table: "case_people",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateOnly>(
                name: "since",
                table: "case_people",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_key",
                table: "case_people",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "case_people",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_case_people_since_person_key",
                table: "case_people",
                columns: new[] { "since", "person_key" });

            migrationBuilder.CreateIndex(
                name: "ix_case_people_sort_name_person_key",
                table: "case_people",
                columns: new[] { "sort_name", "person_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_people_since_person_key",
                table: "case_people");

            migrationBuilder.DropIndex(
                name: "ix_case_people_sort_name_person_key",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "as_of",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "band",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "gemeente",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "schools",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "since",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "source_key",
                table: "case_people");

            migrationBuilder.DropColumn(
                name: "status",
                table: "case_people");
        }
    }
}
