namespace Thuiszitters.Generator.Scenarios;

/// <summary>A named planted case: the builder adds the records and the expected outcome to the context's case.</summary>
internal sealed record Scenario(string Name, Action<ScenarioContext> Build);
