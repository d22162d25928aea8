using Microsoft.EntityFrameworkCore;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// The regional register: the facts each source delivered, and what became of each delivery.
/// Facts are written by the ingest with binary COPY, never through <see cref="DbContext.SaveChanges()"/>;
/// the context serves reads and the schema (migrations).
/// </summary>
internal sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<RejectedFile> RejectedFiles => Set<RejectedFile>();

    public DbSet<SchoolPupil> SchoolPupils => Set<SchoolPupil>();

    public DbSet<AbsenceRun> AbsenceRuns => Set<AbsenceRun>();

    public DbSet<ThuiszitterRegistration> ThuiszitterRegistrations => Set<ThuiszitterRegistration>();

    public DbSet<RodPerson> RodPersons => Set<RodPerson>();

    public DbSet<RodEnrolment> RodEnrolments => Set<RodEnrolment>();

    public DbSet<Verzuimmelding> Verzuimmeldingen => Set<Verzuimmelding>();

    public DbSet<Vrijstelling> Vrijstellingen => Set<Vrijstelling>();

    public DbSet<PgnLink> PgnLinks => Set<PgnLink>();

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<QuarantinedRecordRow> QuarantinedRecords => Set<QuarantinedRecordRow>();

    public DbSet<RodBatchState> RodBatchStates => Set<RodBatchState>();

    public DbSet<SchoolExportState> SchoolExportStates => Set<SchoolExportState>();

    public DbSet<BrpState> BrpStates => Set<BrpState>();

    public DbSet<DeferredIndex> DeferredIndexes => Set<DeferredIndex>();

    public DbSet<Feed.Entities.FeedItemRow> FeedItems => Set<Feed.Entities.FeedItemRow>();

    public DbSet<Feed.Entities.FeedProvenanceRow> FeedProvenance => Set<Feed.Entities.FeedProvenanceRow>();

    public DbSet<Feed.Entities.FeedEventRow> FeedEvents => Set<Feed.Entities.FeedEventRow>();

    public DbSet<Feed.Entities.FeedGemeenteRow> FeedGemeenten => Set<Feed.Entities.FeedGemeenteRow>();

    public DbSet<Feed.Entities.FeedRunLogRow> FeedRunLogs => Set<Feed.Entities.FeedRunLogRow>();

    public DbSet<Feed.Entities.FeedAuditRow> FeedAudit => Set<Feed.Entities.FeedAuditRow>();

    public DbSet<Feed.Entities.ApiKeyRow> ApiKeys => Set<Feed.Entities.ApiKeyRow>();

    public DbSet<Feed.Entities.WebhookSubscriptionRow> WebhookSubscriptions => Set<Feed.Entities.WebhookSubscriptionRow>();

    public DbSet<Feed.Entities.WebhookDeliveryRow> WebhookDeliveries => Set<Feed.Entities.WebhookDeliveryRow>();

    public DbSet<Sync.Entities.SyncRunRow> SyncRuns => Set<Sync.Entities.SyncRunRow>();

    public DbSet<Sync.Entities.SyncFileRow> SyncFiles => Set<Sync.Entities.SyncFileRow>();

    public DbSet<Sync.Entities.SyncSourceRow> SyncSources => Set<Sync.Entities.SyncSourceRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegisterDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
        IdentifierCollation(modelBuilder);
    }

    /// <summary>
    /// The identifier columns of the fact tables (numbers and codes, compared for equality and indexed) sort bytewise:
    /// PostgreSQL builds a "C" index with abbreviated keys, several times faster than under the database's C.UTF-8
    /// (the national absence table's BSN index: 13 s). For digits and upper-case codes the order is the same.
    /// </summary>
    private static void IdentifierCollation(ModelBuilder modelBuilder)
    {
        string[] identifiers = ["bsn", "onderwijsnummer", "pgn", "school", "source_key", "stamnummer", "recipient", "gemeente", "meldingsnummer"];
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => Ingest.FactIndexes.Tables.Contains(e.GetTableName())))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && identifiers.Contains(p.GetColumnName())))
            {
                property.SetCollation("C");
            }
        }
    }
}
