using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Rinde.Features.Survey.Import;

/// <summary>
/// Which rows of a file are new, deciding as a multiset: two people who sent the same answers
/// in the same second are two responses, so the n-th row of the file with a given key is new
/// unless the exercise already holds n of them. Each copy is stored under its own key (the
/// first keeps the row's, the n-th <see cref="Copy"/>), so the exercise's keys stay a set and a
/// file imported again finds every copy it holds: the same file adds nothing, a longer export
/// only what it adds. Copies share their instant (the key includes it) and exports list
/// responses in the order they came, so only the current second's counts are kept and memory
/// does not grow with the file. A file that goes back in time throws
/// <see cref="OutOfOrderException"/>; the import then starts again counting over the whole file.
/// </summary>
public sealed class DuplicateCheck(HashSet<UInt128> stored, bool ordered, int expected)
{
    private readonly Dictionary<UInt128, int> file = ordered ? [] : new Dictionary<UInt128, int>(expected);
    private DateTime current = DateTime.MinValue;

    /// <param name="key">The row's key.</param>
    /// <param name="copyKey">The key this copy is stored under.</param>
    public bool IsNew(DateTime submitted, UInt128 key, out UInt128 copyKey)
    {
        if (ordered && submitted != current)
        {
            if (submitted < current) throw new OutOfOrderException();
            current = submitted;
            file.Clear();
        }
        ref var copies = ref CollectionsMarshal.GetValueRefOrAddDefault(file, key, out _);
        copies++;
        copyKey = copies == 1 ? key : Copy(key, copies);
        return !stored.Contains(copyKey);
    }

    /// <summary>The key of the n-th response (n ≥ 2) with the same key in one file.</summary>
    public static UInt128 Copy(UInt128 key, int ordinal)
    {
        Span<byte> material = stackalloc byte[20];
        BinaryPrimitives.WriteUInt128LittleEndian(material, key);
        BinaryPrimitives.WriteInt32LittleEndian(material[16..], ordinal);
        return XxHash128.HashToUInt128(material);
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
