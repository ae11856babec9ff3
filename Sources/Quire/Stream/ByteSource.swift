import Glibc

/// Where a record stream's bytes come from, a chunk at a time, so a stream of any length is read
/// in bounded memory: a file descriptor, a gzip decompressor over one, or an array in tests.
public protocol ByteSource {
    /// The next bytes; an empty array at the end of the input.
    mutating func nextChunk() throws(StreamInputError) -> [UInt8]

    /// `kept` followed by the next bytes, or nil at the end of the input: how a reader keeps a
    /// line that goes on into the next chunk. A source that reads into memory of its own puts
    /// the bytes straight after `kept`, so each byte is copied once, not twice.
    mutating func nextChunk(after kept: ArraySlice<UInt8>) throws(StreamInputError) -> [UInt8]?
}

extension ByteSource {
    public mutating func nextChunk(after kept: ArraySlice<UInt8>) throws(StreamInputError) -> [UInt8]? {
        let chunk = try nextChunk()
        guard !chunk.isEmpty else { return nil }
        guard !kept.isEmpty else { return chunk }
        var joined: [UInt8] = []
        joined.reserveCapacity(kept.count + chunk.count)
        joined += kept
        joined += chunk
        return joined
    }
}

/// Why a record stream could not be read to its end.
public enum StreamInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operating system failed a read (standard input closed badly, a disk error...).
    case unreadable(file: String, reason: String)
    /// The bytes are not gzip data from `offset` (counted in compressed bytes) on.
    case corruptGzip(file: String, offset: Int)
    /// The input ends inside a gzip member: what was compressed after that point is lost.
    case truncatedGzip(file: String)
    /// zlib could not be loaded or started.
    case decompressorUnavailable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .corruptGzip(let file, let offset): return "\(file): corrupt gzip data at byte \(offset); the rest of the input is not read"
        case .truncatedGzip(let file): return "\(file): the input ends inside a gzip member (truncated file?)"
        case .decompressorUnavailable(let file, let reason): return "\(file): \(reason)"
        }
    }

    /// Whether the bytes themselves are at fault, rather than the system reading them.
    public var isDataFault: Bool {
        switch self {
        case .corruptGzip, .truncatedGzip: return true
        case .unreadable, .decompressorUnavailable: return false
        }
    }
}

/// Reads an open file descriptor (standard input, a file, a pipe) in chunks of 256 KB, or of the
/// kept bytes' size when more.
///
/// The bytes of a line that goes on past a chunk are copied into the next one: with chunks of
/// 256 KB always and JSON lines of whole pages (250 KB on average, some of megabytes), a long
/// line was copied again at every chunk, 1.3 times the input in all (callgrind: 98 M
/// instructions for 76 MB). A chunk as large as the kept bytes copies each byte of a line about
/// once. (Chunks of 1 MB copied less, but the peak memory of a stream of small records grew
/// with its length: 18.5 MB at 10,000 records, 21.5 MB at 100,000.)
public struct FileDescriptorSource: ByteSource {
    public let descriptor: Int32
    /// The name errors give (`<stdin>` or the path).
    public let name: String
    static let chunkSize = 1 << 18

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public mutating func nextChunk() throws(StreamInputError) -> [UInt8] {
        try nextChunk(after: []) ?? []
    }

    public mutating func nextChunk(after kept: ArraySlice<UInt8>) throws(StreamInputError) -> [UInt8]? {
        while true {
            // Read into uninitialised memory after the kept bytes: zeroing 256 KB before every
            // read, then appending the chunk to the kept bytes, cost more than the read (callgrind).
            var result = 0
            let size = max(Self.chunkSize, kept.count)
            let bytes = [UInt8](unsafeUninitializedCapacity: kept.count + size) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[..<kept.count]).initialize(from: kept)
                result = read(descriptor, base + kept.count, size)
                initialized = kept.count + max(0, result)
            }
            if result > 0 { return bytes }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            throw .unreadable(file: name, reason: String(cString: strerror(errno)))
        }
    }
}

/// Bytes already in memory, handed out in chunks of `chunkSize` (small in tests, so records
/// straddle chunk boundaries).
public struct ArrayByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0
    private let chunkSize: Int

    public init(_ bytes: [UInt8], chunkSize: Int = 1 << 18) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public mutating func nextChunk() throws(StreamInputError) -> [UInt8] {
        let end = min(bytes.count, position + chunkSize)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}

/// A buffer over a `ByteSource` that record readers take lines and counted blocks from.
///
/// A read error ends the input like its end would, and is kept in `failure`: the record being
/// read is reported as cut short, and the reader then reports the error itself.
public struct BufferedByteReader {
    private var source: any ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtSourceEnd = false
    /// Why the input ended early, if it did.
    public private(set) var failure: StreamInputError?
    /// Bytes consumed so far, for messages that say where something went wrong.
    public private(set) var offset = 0

    public init(_ source: any ByteSource) {
        self.source = source
    }

    /// Appends the next chunk to the bytes not yet consumed; false at the end of the input.
    private mutating func fill() -> Bool {
        guard !isAtSourceEnd else { return false }
        do {
            // What was consumed is dropped, so the buffer stays near one record's size.
            guard let next = try source.nextChunk(after: buffer[position...]) else {
                isAtSourceEnd = true
                return false
            }
            buffer = next
            position = 0
            return true
        } catch {
            failure = error
            isAtSourceEnd = true
            return false
        }
    }

    /// Whether no byte is left.
    public mutating func isAtEnd() -> Bool {
        while position == buffer.count {
            if !fill() { return true }
        }
        return false
    }

    /// The next `count` bytes without consuming them (fewer at the end of the input).
    public mutating func peek(_ count: Int) -> ArraySlice<UInt8> {
        while buffer.count - position < count, fill() {}
        return buffer[position..<min(buffer.count, position + count)]
    }

    public enum Line {
        /// The line's bytes, without its LF (a CR before it is kept).
        case line(ArraySlice<UInt8>)
        /// A line longer than the limit, skipped to its end; `length` bytes.
        case tooLong(length: Int)
    }

    /// The next line, or nil at the end of the input. The last line needs no LF.
    public mutating func readLine(limit: Int) -> Line? {
        // Bytes after `position` already known to hold no LF, and bytes of an overlong line dropped.
        var scanned = 0
        var skipped = 0
        while true {
            if let newline = indexOfNewline(from: position + scanned) {
                let line = buffer[position..<newline]
                consume(newline + 1 - position)
                if skipped > 0 || line.count > limit { return .tooLong(length: skipped + line.count) }
                return .line(line)
            }
            scanned = buffer.count - position
            // Past the limit: stop keeping the line, only look for its end.
            if scanned > limit {
                skipped += scanned
                consume(scanned)
                scanned = 0
            }
            if !fill() {
                if skipped == 0, position == buffer.count { return nil }
                let rest = buffer[position...]
                consume(rest.count)
                if skipped > 0 || rest.count > limit { return .tooLong(length: skipped + rest.count) }
                return .line(rest)
            }
        }
    }

    /// The index of the first LF at or after `start` in the buffer: `memchr`, since a JSON line
    /// can be a whole page long and a byte-by-byte search was 2% of `quire stream`'s CPU.
    private func indexOfNewline(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// Up to `count` bytes (fewer only at the end of the input).
    public mutating func read(_ count: Int) -> [UInt8] {
        while buffer.count - position < count, fill() {}
        let end = min(buffer.count, position + count)
        let bytes = Array(buffer[position..<end])
        consume(end - position)
        return bytes
    }

    /// Consumes up to `count` bytes without keeping them; returns how many there were.
    public mutating func skip(_ count: Int) -> Int {
        var left = count
        while left > 0 {
            if position == buffer.count, !fill() { break }
            let step = min(left, buffer.count - position)
            consume(step)
            left -= step
        }
        return count - left
    }

    private mutating func consume(_ count: Int) {
        position += count
        offset += count
    }
}
