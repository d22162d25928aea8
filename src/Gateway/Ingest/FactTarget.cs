namespace Thuiszitters.Gateway.Ingest;

/// <summary>Where a fact goes: <paramref name="Table"/> is the register table itself or a staging table shaped like it.</summary>
internal readonly record struct FactTarget(string Table, FactTable Fact)
{
    public static FactTarget Direct(FactTable fact) => new(fact.Name, fact);

    public static FactTarget Staged(FactTable fact) => new(StagingName(fact), fact);

    public static string StagingName(FactTable fact) => "stg_" + fact.Name;
}
