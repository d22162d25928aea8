using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Thuiszitters.Gateway.Register.Migrations
{
    /// <inheritdoc />
    public partial class InitialRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "absence_days",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    stamnummer = table.Column<string>(type: "text", nullable: true),
                    bsn = table.Column<string>(type: "text", nullable: true),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_absence_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    organisation = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: true),
                    purpose = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conflict_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conflict_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflict_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conflicts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identity = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: true),
                    source_key = table.Column<string>(type: "text", nullable: true),
                    school = table.Column<string>(type: "text", nullable: true),
                    anchor_date = table.Column<DateOnly>(type: "date", nullable: true),
                    acts = table.Column<string>(type: "text", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    escalated = table.Column<bool>(type: "boolean", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution = table.Column<string>(type: "text", nullable: true),
                    acknowledged_by = table.Column<string>(type: "text", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismissed_by = table.Column<string>(type: "text", nullable: true),
                    dismissed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dismiss_reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conflicts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: true),
                    file_date = table.Column<DateOnly>(type: "date", nullable: true),
                    batch_number = table.Column<long>(type: "bigint", nullable: true),
                    batch_type = table.Column<string>(type: "text", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamptz", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    error_line = table.Column<long>(type: "bigint", nullable: true),
                    error_field = table.Column<string>(type: "text", nullable: true),
                    record_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L),
                    quarantined_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => x.id);
                    table.CheckConstraint("ck_deliveries_outcome", "outcome IN ('APPLIED', 'REJECTED', 'DUPLICATE', 'SUPERSEDED', 'BATCH_ALREADY_APPLIED', 'BATCH_GAP')");
                });

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
                name: "pgn_links",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    bsn = table.Column<string>(type: "text", nullable: false),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pgn_links", x => new { x.recipient, x.bsn, x.onderwijsnummer });
                });

            migrationBuilder.CreateTable(
                name: "pupil_states",
                columns: table => new
                {
                    person_key = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: true),
                    source_key = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    band = table.Column<string>(type: "text", nullable: true),
                    gemeente = table.Column<string>(type: "text", nullable: true),
                    schools = table.Column<string[]>(type: "text[]", nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pupil_states", x => x.person_key);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    mode = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    persons = table.Column<int>(type: "integer", nullable: false),
                    open_conflicts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_runs", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    gemeente = table.Column<string>(type: "text", nullable: false),
                    bsn = table.Column<string>(type: "text", nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    birth_month = table.Column<int>(type: "integer", nullable: true),
                    birth_day = table.Column<int>(type: "integer", nullable: true),
                    achternaam = table.Column<string>(type: "text", nullable: false),
                    voorvoegsel = table.Column<string>(type: "text", nullable: true),
                    voornamen = table.Column<string>(type: "text", nullable: true),
                    postcode = table.Column<string>(type: "text", nullable: true),
                    datum_vestiging = table.Column<DateOnly>(type: "date", nullable: true),
                    datum_vertrek = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rod_enrolments",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    volgnummer = table.Column<int>(type: "integer", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    begin_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    sector = table.Column<string>(type: "text", nullable: false),
                    mutatie = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_enrolments", x => new { x.recipient, x.pgn, x.school, x.volgnummer });
                });

            migrationBuilder.CreateTable(
                name: "rod_persons",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    birth_month = table.Column<int>(type: "integer", nullable: true),
                    birth_day = table.Column<int>(type: "integer", nullable: true),
                    achternaam = table.Column<string>(type: "text", nullable: false),
                    voorvoegsel = table.Column<string>(type: "text", nullable: true),
                    voornamen = table.Column<string>(type: "text", nullable: true),
                    gemeente = table.Column<string>(type: "text", nullable: true),
                    postcode = table.Column<string>(type: "text", nullable: true),
                    startkwalificatie = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_persons", x => new { x.recipient, x.pgn });
                });

            migrationBuilder.CreateTable(
                name: "school_pupils",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    source_key = table.Column<string>(type: "text", nullable: true),
                    bsn = table.Column<string>(type: "text", nullable: true),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: true),
                    achternaam = table.Column<string>(type: "text", nullable: false),
                    voorvoegsel = table.Column<string>(type: "text", nullable: true),
                    voornamen = table.Column<string>(type: "text", nullable: true),
                    voorletters = table.Column<string>(type: "text", nullable: true),
                    roepnaam = table.Column<string>(type: "text", nullable: true),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    birth_month = table.Column<int>(type: "integer", nullable: true),
                    birth_day = table.Column<int>(type: "integer", nullable: true),
                    geslacht = table.Column<string>(type: "text", nullable: true),
                    postcode = table.Column<string>(type: "text", nullable: true),
                    gemeente = table.Column<string>(type: "text", nullable: true),
                    begin_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    destination = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_pupils", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "thuiszitter_registrations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    bsn = table.Column<string>(type: "text", nullable: true),
                    onderwijsnummer = table.Column<string>(type: "text", nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reden = table.Column<string>(type: "text", nullable: false),
                    aanbod = table.Column<bool>(type: "boolean", nullable: false),
                    plan = table.Column<bool>(type: "boolean", nullable: false),
                    regiehouder = table.Column<string>(type: "text", nullable: true),
                    gemeld_op = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thuiszitter_registrations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "verzuimmeldingen",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    meldingsnummer = table.Column<string>(type: "text", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: false),
                    school = table.Column<string>(type: "text", nullable: false),
                    soort = table.Column<string>(type: "text", nullable: false),
                    begin_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    reden_ingetrokken = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_verzuimmeldingen", x => new { x.recipient, x.meldingsnummer });
                });

            migrationBuilder.CreateTable(
                name: "vrijstellingen",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    pgn = table.Column<string>(type: "text", nullable: false),
                    artikel = table.Column<string>(type: "text", nullable: false),
                    begin_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    gemeente = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vrijstellingen", x => new { x.recipient, x.pgn, x.artikel, x.begin_date });
                });

            migrationBuilder.CreateTable(
                name: "brp_state",
                columns: table => new
                {
                    gemeente = table.Column<string>(type: "text", nullable: false),
                    extract_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brp_state", x => x.gemeente);
                    table.ForeignKey(
                        name: "fk_brp_state_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "quarantined_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    field = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    raw_text = table.Column<string>(type: "text", nullable: false),
                    raw_identifier = table.Column<string>(type: "text", nullable: true),
                    owner = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_quarantined_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_quarantined_records_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rejected_files",
                columns: table => new
                {
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_files", x => x.delivery_id);
                    table.ForeignKey(
                        name: "fk_rejected_files_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rod_batch_state",
                columns: table => new
                {
                    recipient = table.Column<string>(type: "text", nullable: false),
                    last_batch_number = table.Column<long>(type: "bigint", nullable: false),
                    last_delivery_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rod_batch_state", x => x.recipient);
                    table.ForeignKey(
                        name: "fk_rod_batch_state_deliveries_last_delivery_id",
                        column: x => x.last_delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "school_export_state",
                columns: table => new
                {
                    school = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    export_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_export_state", x => new { x.school, x.kind });
                    table.CheckConstraint("ck_school_export_state_kind", "kind IN ('PUPILS', 'ABSENCES', 'REGISTRATIONS')");
                    table.ForeignKey(
                        name: "fk_school_export_state_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_bsn",
                table: "absence_days",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_onderwijsnummer",
                table: "absence_days",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_absence_days_school",
                table: "absence_days",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_pgn",
                table: "audit_log",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_brp_state_delivery_id",
                table: "brp_state",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_conflict_events_conflict_id",
                table: "conflict_events",
                column: "conflict_id");

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_identity",
                table: "conflicts",
                column: "identity",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_pgn",
                table: "conflicts",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_school",
                table: "conflicts",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_source_key",
                table: "conflicts",
                column: "source_key");

            migrationBuilder.CreateIndex(
                name: "ix_conflicts_state_code",
                table: "conflicts",
                columns: new[] { "state", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_owner_kind",
                table: "deliveries",
                columns: new[] { "owner", "kind" });

            migrationBuilder.CreateIndex(
                name: "ux_deliveries_file_final",
                table: "deliveries",
                columns: new[] { "file_name", "sha256" },
                unique: true,
                filter: "outcome IN ('APPLIED', 'REJECTED')");

            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_birth_year_birth_month_birth_day_surname",
                table: "person_name_keys",
                columns: new[] { "birth_year", "birth_month", "birth_day", "surname" });

            migrationBuilder.CreateIndex(
                name: "ix_person_name_keys_person_key",
                table: "person_name_keys",
                column: "person_key");

            migrationBuilder.CreateIndex(
                name: "ix_pgn_links_bsn",
                table: "pgn_links",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_pgn_links_onderwijsnummer",
                table: "pgn_links",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_gemeente",
                table: "pupil_states",
                column: "gemeente");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_pgn",
                table: "pupil_states",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_schools",
                table: "pupil_states",
                column: "schools")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_pupil_states_status",
                table: "pupil_states",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_records_delivery_id",
                table: "quarantined_records",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_quarantined_records_owner_kind",
                table: "quarantined_records",
                columns: new[] { "owner", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_residents_bsn",
                table: "residents",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_residents_gemeente",
                table: "residents",
                column: "gemeente");

            migrationBuilder.CreateIndex(
                name: "ix_rod_batch_state_last_delivery_id",
                table: "rod_batch_state",
                column: "last_delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_rod_enrolments_pgn",
                table: "rod_enrolments",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_rod_enrolments_school",
                table: "rod_enrolments",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_rod_persons_pgn",
                table: "rod_persons",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_school_export_state_delivery_id",
                table: "school_export_state",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_bsn",
                table: "school_pupils",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_onderwijsnummer",
                table: "school_pupils",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_school_pupils_school",
                table: "school_pupils",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_registrations_bsn",
                table: "thuiszitter_registrations",
                column: "bsn");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_registrations_onderwijsnummer",
                table: "thuiszitter_registrations",
                column: "onderwijsnummer");

            migrationBuilder.CreateIndex(
                name: "ix_thuiszitter_registrations_school",
                table: "thuiszitter_registrations",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_verzuimmeldingen_pgn",
                table: "verzuimmeldingen",
                column: "pgn");

            migrationBuilder.CreateIndex(
                name: "ix_verzuimmeldingen_school",
                table: "verzuimmeldingen",
                column: "school");

            migrationBuilder.CreateIndex(
                name: "ix_vrijstellingen_pgn",
                table: "vrijstellingen",
                column: "pgn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "absence_days");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "brp_state");

            migrationBuilder.DropTable(
                name: "conflict_events");

            migrationBuilder.DropTable(
                name: "conflicts");

            migrationBuilder.DropTable(
                name: "person_name_keys");

            migrationBuilder.DropTable(
                name: "pgn_links");

            migrationBuilder.DropTable(
                name: "pupil_states");

            migrationBuilder.DropTable(
                name: "quarantined_records");

            migrationBuilder.DropTable(
                name: "reconciliation_runs");

            migrationBuilder.DropTable(
                name: "region_schools");

            migrationBuilder.DropTable(
                name: "rejected_files");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "rod_batch_state");

            migrationBuilder.DropTable(
                name: "rod_enrolments");

            migrationBuilder.DropTable(
                name: "rod_persons");

            migrationBuilder.DropTable(
                name: "school_export_state");

            migrationBuilder.DropTable(
                name: "school_pupils");

            migrationBuilder.DropTable(
                name: "thuiszitter_registrations");

            migrationBuilder.DropTable(
                name: "verzuimmeldingen");

            migrationBuilder.DropTable(
                name: "vrijstellingen");

            migrationBuilder.DropTable(
                name: "deliveries");
        }
    }
}
