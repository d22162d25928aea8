using Microsoft.EntityFrameworkCore.Design;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the web host; it never connects.
/// </summary>
internal sealed class RegisterDesignTimeFactory : IDesignTimeDbContextFactory<RegisterDbContext>
{
    public RegisterDbContext CreateDbContext(string[] args) =>
        RegisterDatabase.CreateDbContext(
            Environment.GetEnvironmentVariable($"ConnectionStrings__{RegisterDatabase.ConnectionStringName}")
            ?? "Host=127.0.0.1;Database=thuiszitters");
}
