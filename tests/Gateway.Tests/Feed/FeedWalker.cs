using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>A consumer of the pull API: walks pages until <c>hasMore</c> is false and keeps the state the events describe.</summary>
internal static class FeedWalker
{
    /// <returns>Every item walked, in order, and the cursor to go on from.</returns>
    public static async Task<(List<JsonElement> Items, string? Cursor)> WalkAsync(HttpClient client, string gemeente, string? cursor, int limit)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var url = $"/api/v1/gemeenten/{gemeente}/feed?limit={limit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return (items, cursor);
            }
        }
    }

    /// <summary>Each item as <c>sequence type pgn</c>.</summary>
    public static List<string> Lines(IEnumerable<JsonElement> items) =>
        [.. items.Select(i => $"{i.GetProperty("sequence").GetInt64()} {i.GetProperty("type").GetString()} {i.GetProperty("pgn").GetString()}")];

    /// <summary>The set of pupils a consumer holds after applying the items in order to <paramref name="state"/>.</summary>
    public static SortedSet<string> Apply(IEnumerable<JsonElement> items, SortedSet<string>? state = null)
    {
        state ??= new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var pgn = item.GetProperty("pgn").GetString()!;
            if (item.GetProperty("type").GetString() == "upsert")
            {
                state.Add(pgn);
            }
            else
            {
                state.Remove(pgn);
            }
        }

        return state;
    }
}
