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
        builder.HasIndex(k => k.PersonKey);
        builder.HasIndex(k => new { k.BirthYear, k.BirthMonth, k.BirthDay, k.Surname });
    }
}
