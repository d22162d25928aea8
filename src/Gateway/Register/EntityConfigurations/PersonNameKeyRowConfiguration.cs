using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class PersonNameKeyRowConfiguration : IEntityTypeConfiguration<PersonNameKeyRow>
{
    public void Configure(EntityTypeBuilder<PersonNameKeyRow> builder)
    {
        builder.ToTable("person_name_keys");
        builder.HasKey(k => k.Id);

        // Compared bytewise, as pupil_states' keys: a full run builds these indexes over every person.
        builder.Property(k => k.PersonKey).UseCollation("C");
        builder.Property(k => k.Surname).UseCollation("C");
        builder.HasIndex(k => k.PersonKey);
        builder.HasIndex(k => new { k.BirthYear, k.BirthMonth, k.BirthDay, k.Surname });
    }
}
