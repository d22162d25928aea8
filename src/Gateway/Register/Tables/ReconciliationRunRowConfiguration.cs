using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ReconciliationRunRowConfiguration : IEntityTypeConfiguration<ReconciliationRunRow>
{
    public void Configure(EntityTypeBuilder<ReconciliationRunRow> builder)
    {
        builder.ToTable("reconciliation_runs");
        builder.HasKey(r => r.Id);
    }
}
