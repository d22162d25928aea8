using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Scenarios;

namespace Thuiszitters.Generator.Cases;

/// <summary>
/// Derives the case of any pupil index from (seed, index) alone, so every pass over the region can
/// regenerate it instead of keeping it. The returned case is reused by the next call.
/// </summary>
internal sealed class CaseFactory
{
    private readonly RegionSetup _setup;
    private readonly PupilRandom _rng;
    private readonly CaseBuilder _builder;
    private readonly BackgroundPupils _background;
    private readonly ScenarioContext _context;

    public CaseFactory(RegionSetup setup)
    {
        _setup = setup;
        _rng = new PupilRandom(setup.Options.Seed, 0);
        _builder = new CaseBuilder(setup);
        var people = new PersonFactory(setup);
        _background = new BackgroundPupils(setup, people);
        _context = new ScenarioContext(setup, people, _builder, _rng);
    }

    public RegionCase Build(int index)
    {
        _rng.Reset(_setup.Options.Seed, index);
        if (_setup.IsPlanted(index))
        {
            var (scenario, occurrence) = _setup.ScenarioOf(index);
            var planted = ScenarioCatalog.All[scenario];
            _builder.Start(index, planted.Name);
            _context.Begin(index, occurrence);
            planted.Build(_context);
        }
        else
        {
            _builder.Start(index, "background");
            _background.Build(_builder, _rng, index);
        }

        return _builder.Finish();
    }
}
