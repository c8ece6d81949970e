using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Rinde.Data;

namespace Rinde.Features.Files;

/// <summary>
/// PostgreSQL: the bytes in <see cref="StoredFileContent"/> rows of 1 MB, written in the unit of
/// work's transaction (a file is there whole or not at all) and read back one chunk at a time,
/// so neither an upload nor a download holds more than a chunk in memory.
/// </summary>
public sealed class DatabaseFileContent(RindeDbContext db, string connectionString) : IFileContent
{
    public async Task KeepAsync(Guid id, string temporaryPath, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            """INSERT INTO "StoredFileContents" ("FileId", "Index", "Data") VALUES (@id, @index, @data)""", connection,
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        var index = command.Parameters.Add(new NpgsqlParameter<int>("index", 0));
        var data = command.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Bytea));
        var buffer = new byte[StoredFileContent.ChunkSize];
        await using (var source = new FileStream(temporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            int read;
            while ((read = await source.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct)) > 0)
            {
                data.Value = new ArraySegment<byte>(buffer, 0, read);
                await command.ExecuteNonQueryAsync(ct);
                index.Value = (int)index.Value! + 1;
            }
        }
    }

    public Stream Open(StoredFile file) =>
        new ChunkStream(connectionString, file.Id, file.Length);

    /// <summary>The chunks are deleted with their file's row (ON DELETE CASCADE), in its transaction.</summary>
    public void Forget(Guid id) { }

    /// <summary>Reads the chunks in order over its own connection (the response may outlive the request's unit of work).</summary>
    private sealed class ChunkStream(string connectionString, Guid id, long length) : Stream
    {
        private NpgsqlConnection? _connection;
        private NpgsqlDataReader? _reader;
        private Stream? _chunk;
        private long _position;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (_reader is null)
            {
                _connection = new NpgsqlConnection(connectionString);
                await _connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    """SELECT "Data" FROM "StoredFileContents" WHERE "FileId" = @id ORDER BY "Index" """, _connection);
                command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
                _reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            }
            while (true)
            {
                if (_chunk is not null)
                {
                    var read = await _chunk.ReadAsync(buffer, ct);
                    if (read > 0)
                    {
                        _position += read;
                        return read;
                    }
                    await _chunk.DisposeAsync();
                    _chunk = null;
                }
                if (!await _reader.ReadAsync(ct))
                {
                    return _position == 0 && length > 0 ? throw new FileNotFoundException($"El contenido del archivo {id} no está en la base de datos.") : 0;
                }
                _chunk = await _reader.GetStreamAsync(0, ct);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            if (_chunk is not null) await _chunk.DisposeAsync();
            if (_reader is not null) await _reader.DisposeAsync();
            if (_connection is not null) await _connection.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _chunk?.Dispose();
                _reader?.Dispose();
                _connection?.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
