namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// One bucket's spill files in memory, their tuples grouped by person: the persons in the order they first appear
/// (table by table, in the order of the scan), each person's tuples in the order read. The tuples stay raw bytes, with
/// no object per row, so a bucket's facts can be built a few persons at a time and die young. One instance is reused from
/// bucket to bucket.
/// </summary>
internal sealed class SpilledBucket
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _persons = [];
    private byte[] _data = [];
    private int _size;
    private int[] _offsets = new int[1024];
    private int[] _next = new int[1024];
    private FactTable[] _tables = new FactTable[1024];
    private int _entries;
    private int[] _first = new int[1024];
    private int[] _last = new int[1024];

    /// <summary>The tuples of the bucket, positioned by <see cref="Position"/>.</summary>
    public BinaryTupleReader Tuples { get; private set; } = new([], 0);

    public int Count => _persons.Count;

    public string Person(int person) => _persons[person];

    /// <summary>The person's first tuple, or -1 when it has none.</summary>
    public int First(int person) => _first[person];

    /// <summary>The tuple after <paramref name="entry"/> of the same person, or -1.</summary>
    public int Next(int entry) => _next[entry];

    public FactTable Table(int entry) => _tables[entry];

    /// <summary>Moves <see cref="Tuples"/> to <paramref name="entry"/>.</summary>
    public void Position(int entry) => Tuples.ReadAt(_offsets[entry]);

    /// <summary>Reads every table file of <paramref name="bucket"/> and groups its tuples (the previous bucket is gone).</summary>
    public void Load(RegisterSpill spill, int bucket, CancellationToken cancellationToken)
    {
        _index.Clear();
        _persons.Clear();
        _entries = 0;
        _size = 0;
        var length = FactTables.InReadOrder.Sum(table => spill.Length(bucket, table));
        if (_data.Length < length)
        {
            _data = new byte[Math.Max(length, length + (length / 4))];
        }

        var reader = new BinaryTupleReader(_data, _data.Length);
        var persons = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var table in FactTables.InReadOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = _size;
            _size += spill.Read(bucket, table, _data.AsSpan(_size));
            for (var offset = start; offset < _size; offset = reader.TupleEnd)
            {
                reader.ReadAt(offset);
                var key = reader.Chars(0);
                if (!persons.TryGetValue(key, out var person))
                {
                    person = Add(key.ToString());
                }

                Append(person, table, offset);
            }
        }

        Tuples = reader;
    }

    /// <summary>The index of a person of the bucket, or -1.</summary>
    public int IndexOf(string person) => _index.TryGetValue(person, out var index) ? index : -1;

    /// <summary>Adds a person without tuples (a record without PGN matched to someone this bucket has no row of).</summary>
    public int Add(string person)
    {
        var index = _persons.Count;
        _persons.Add(person);
        _index.Add(person, index);
        if (_first.Length == index)
        {
            Array.Resize(ref _first, index * 2);
            Array.Resize(ref _last, index * 2);
        }

        _first[index] = _last[index] = -1;
        return index;
    }

    private void Append(int person, FactTable table, int offset)
    {
        var entry = _entries++;
        if (_offsets.Length == entry)
        {
            Array.Resize(ref _offsets, entry * 2);
            Array.Resize(ref _next, entry * 2);
            Array.Resize(ref _tables, entry * 2);
        }

        _offsets[entry] = offset;
        _tables[entry] = table;
        _next[entry] = -1;
        if (_last[person] < 0)
        {
            _first[person] = entry;
        }
        else
        {
            _next[_last[person]] = entry;
        }

        _last[person] = entry;
    }
}
