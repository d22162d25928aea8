using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class CaseIndexStateRowConfiguration : IEntityTypeConfiguration<CaseIndexStateRow>
{
    public void Configure(EntityTypeBuilder<CaseIndexStateRow> builder)
    {
        builder.ToTable("case_index_state");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
