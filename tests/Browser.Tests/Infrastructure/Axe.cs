using System.Text.Json;
using Microsoft.Playwright;

namespace Thuiszitters.Browser.Tests.Infrastructure;

/// <summary>
/// axe-core (from the pages' npm dev packages) run in the page: the WCAG 2.1 A and AA rules. Returns the violations of
/// impact <c>serious</c> or <c>critical</c> as "rule: target" lines, empty when there are none.
/// </summary>
internal static class Axe
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var script = Path.Combine(RepositoryPaths.NodeModules, "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run scripts/ensure-web.sh (npm ci in src/Gateway) first.");
        }

        // Evaluated through the DevTools protocol, not as a <script> tag: the pages' Content-Security-Policy allows no inline script.
        await page.EvaluateAsync(await File.ReadAllTextAsync(script));
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' '))));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}
