namespace Rinde.Features.Survey.Import;

/// <summary>
/// Whether a row was imported before: into the exercise (the keys it holds), or earlier in the
/// same file. A repeated row has the same instant as its first copy (the key includes it), and
/// exports list responses in the order they came, so for such a file only the keys of the
/// current second are kept and memory does not grow with the file. A file that goes back in
/// time throws <see cref="OutOfOrderException"/>; the import then starts again keeping every key.
/// </summary>
public sealed class DuplicateCheck(HashSet<UInt128> stored, bool ordered, int expected)
{
    private readonly HashSet<UInt128> file = ordered ? [] : new HashSet<UInt128>(expected);
    private DateTime current = DateTime.MinValue;

    public bool IsNew(DateTime submitted, UInt128 key)
    {
        if (stored.Contains(key)) return false;
        if (ordered && submitted != current)
        {
            if (submitted < current) throw new OutOfOrderException();
            current = submitted;
            file.Clear();
        }
        return file.Add(key);
    }
}

/// <summary>The file's rows are not in the order they were sent.</summary>
public sealed class OutOfOrderException : Exception
{
    public OutOfOrderException() : base("The file's rows are not in chronological order.")
    {
    }

    public OutOfOrderException(string message) : base(message)
    {
    }

    public OutOfOrderException(string message, Exception inner) : base(message, inner)
    {
    }
}
