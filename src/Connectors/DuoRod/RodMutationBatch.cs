namespace Thuiszitters.Connectors.DuoRod;

/// <summary>The body of <c>POST /rod/v1/mutaties</c>: the mutations of one school.</summary>
public sealed record RodMutationBatch(string School, IReadOnlyList<RodMutation> Mutations);
