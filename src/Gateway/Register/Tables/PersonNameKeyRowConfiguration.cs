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

        // The look-alikes an incremental run must find are pairs with an onderwijsnummer-only person (keys starting with
        // 10, about 2% of them): looked up here, a key's look-alikes cost no heap read of its BSN look-alikes.
        builder.HasIndex(k => new { k.BirthYear, k.BirthMonth, k.BirthDay, k.Surname }, "ix_person_name_keys_onderwijsnummer_birth_surname")
            .HasFilter("person_key LIKE '10%'");
    }
}
