using Hangfire.Dashboard;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Hangfire's dashboard for IT staff only: the authenticated principal's role claim decides (whatever scheme signed it
/// in: a bearer token or a cookie); anonymous callers get a 401 with nothing in it, other roles a 403.
/// </summary>
internal sealed class ItStaffDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => SyncAccess.IsSyncOperator(context.GetHttpContext().User);
}
