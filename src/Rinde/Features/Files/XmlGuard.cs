namespace Rinde.Features.Files;

/// <summary>
/// Reads an expanded XML part byte by byte count: past the workbook's budget of expanded bytes it
/// stops. It also bounds what an XML reader must hold at once: every tag (with its attributes) and
/// every text starts after a '&lt;' and ends before the next one, so the distance between two '&lt;'
/// is bounded; and "&lt;!" (DTD, CDATA, comments, which no export writes) is refused, since a CDATA
/// section may hold '&lt;' and hide a huge text.
/// </summary>
internal sealed class XmlGuard(Stream inner, XmlGuard.Budget budget) : Stream
{
    /// <summary>Shared by every part of one workbook.</summary>
    public sealed class Budget(long maxExpanded, int maxRun)
    {
        public long Remaining { get; set; } = maxExpanded;
        public int MaxRun => maxRun;
    }

    public sealed class ExpandedTooLarge : Exception;

    public sealed class NodeTooLarge : Exception;

    public sealed class Unsupported : Exception;

    private int _run;
    private bool _afterLt;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if ((budget.Remaining -= read) < 0) throw new ExpandedTooLarge();
        var rest = buffer[..read];
        while (rest.Length > 0)
        {
            if (_afterLt && rest[0] == (byte)'!') throw new Unsupported();
            var lt = rest.IndexOf((byte)'<');
            var run = lt < 0 ? rest.Length : lt;
            if ((_run += run) > budget.MaxRun) throw new NodeTooLarge();
            if (lt < 0)
            {
                _afterLt = false;
                break;
            }
            (_run, _afterLt) = (0, true);
            rest = rest[(lt + 1)..];
            if (rest.Length > 0 && rest[0] == (byte)'!') throw new Unsupported();
            _afterLt = rest.Length == 0;
        }
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
