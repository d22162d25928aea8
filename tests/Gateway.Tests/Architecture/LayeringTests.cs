using System.Reflection;
using Npgsql;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Architecture;

/// <summary>
/// The direction of dependencies the README's architecture section states: connectors know nothing of the gateway, the
/// gateway nothing of the generator, the rules nothing of PostgreSQL. Each check is also run where it must find
/// something, so that a check that cannot fail is noticed.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Gateway = typeof(Reconciler).Assembly;
    private static readonly Assembly Connectors = typeof(Pgn).Assembly;
    private const string RulesNamespace = "Thuiszitters.Gateway.Reconciliation.Rules";

    [Fact]
    public void Connectors_ReferenceNoGatewayOrGeneratorAssembly()
    {
        Assert.Empty(ReferencedAssemblies(Connectors, "Thuiszitters.Gateway", "Thuiszitters.Generator"));
        Assert.Empty(TypeReferences.ReferencesTo(Connectors.GetTypes(), "Thuiszitters.Gateway"));
        Assert.Empty(ReferencedAssemblies(Connectors, "Npgsql", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"));
    }

    [Fact]
    public void Gateway_ReferencesNoGeneratorAssembly()
    {
        Assert.Empty(ReferencedAssemblies(Gateway, "Thuiszitters.Generator"));
        Assert.DoesNotContain(Gateway.GetTypes(), t => t.Namespace?.Contains("Generator", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ReconciliationRules_ReferenceNoNpgsqlEfCoreOrAspNetCoreType()
    {
        var rules = TypeReferences.InNamespace(Gateway, RulesNamespace).ToList();

        Assert.NotEmpty(rules);
        Assert.Empty(TypeReferences.ReferencesTo(rules, "Npgsql"));
        Assert.Empty(TypeReferences.ReferencesTo(rules, "Microsoft.EntityFrameworkCore"));
        Assert.Empty(TypeReferences.ReferencesTo(rules, "Microsoft.AspNetCore"));
    }

    [Fact]
    public void ReconciliationRules_ReferenceNoRegisterIngestOrReadingType()
    {
        var rules = TypeReferences.InNamespace(Gateway, RulesNamespace).ToList();
        var outside = rules.SelectMany(t => TypeReferences.Of(t).Select(r => (t, r)))
            .Where(p => p.r.Namespace is { } n && (n.StartsWith("Thuiszitters.Gateway.Register", StringComparison.Ordinal)
                || n.StartsWith("Thuiszitters.Gateway.Ingest", StringComparison.Ordinal)
                || n.StartsWith("Thuiszitters.Gateway.Reconciliation.Reading", StringComparison.Ordinal)
                || n.StartsWith("Thuiszitters.Gateway.Reconciliation.Persistence", StringComparison.Ordinal)))
            .Select(p => $"{p.t.FullName} -> {p.r.FullName}");

        Assert.Empty(outside);
    }

    [Fact]
    public void TypeReferences_FindNpgsqlWhereItIsUsed()
    {
        // The register readers use Npgsql in signatures and only in method bodies (an async method's state machine).
        var readers = TypeReferences.InNamespace(Gateway, "Thuiszitters.Gateway.Reconciliation.Reading").ToList();
        var found = TypeReferences.ReferencesTo(readers, "Npgsql");

        Assert.Contains(found, f => f.EndsWith("-> " + typeof(NpgsqlDataSource).FullName, StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith("-> " + typeof(NpgsqlCommand).FullName, StringComparison.Ordinal));
        Assert.NotEmpty(ReferencedAssemblies(Gateway, "Npgsql"));
        Assert.NotEmpty(ReferencedAssemblies(Gateway, "Thuiszitters.Connectors"));
    }

    [Fact]
    public void TypeReferences_FindAMemberUsedOnlyInsideAMethodBody()
    {
        Assert.Contains(typeof(Console), TypeReferences.Of(typeof(BodyOnly)));
    }

    private static string[] ReferencedAssemblies(Assembly assembly, params string[] prefixes) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))];

    private static class BodyOnly
    {
        public static void Run() => Console.Out.Flush();
    }
}
