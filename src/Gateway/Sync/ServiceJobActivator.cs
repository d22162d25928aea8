using Hangfire;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// Creates Hangfire's jobs from this host's services, a scope per job; given to the server explicitly, so that two hosts
/// in one process (the tests) never run each other's jobs through Hangfire's static activator.
/// </summary>
internal sealed class ServiceJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
