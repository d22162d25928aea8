namespace Thuiszitters.Generator.Model;

/// <summary>An INS record of a ROD delivery.</summary>
/// <param name="Batch">1 = the complete (C) delivery, 2 = the partial (P) delivery.</param>
/// <param name="Mutation">T, A, U or V.</param>
internal sealed record RodEnrolment(
    Person Pupil,
    SchoolInfo School,
    int Volgnummer,
    DateOnly Begin,
    DateOnly? End,
    int Batch,
    char Mutation);
