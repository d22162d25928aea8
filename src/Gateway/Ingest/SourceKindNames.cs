using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Ingest;

internal static class SourceKindNames
{
    /// <summary>The <c>deliveries.kind</c> value of a source format.</summary>
    public static string For(SourceKind kind) => kind switch
    {
        SourceKind.Edex => DeliveryKinds.Edex,
        SourceKind.PupilsCsv => DeliveryKinds.PupilsCsv,
        SourceKind.AbsencesCsv => DeliveryKinds.AbsencesCsv,
        SourceKind.RegistrationsCsv => DeliveryKinds.RegistrationsCsv,
        SourceKind.RodBatch => DeliveryKinds.RodBatch,
        SourceKind.BrpExtract => DeliveryKinds.BrpExtract,
        _ => DeliveryKinds.Unknown,
    };
}
