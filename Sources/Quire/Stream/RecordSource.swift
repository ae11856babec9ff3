/// The record formats `quire stream` reads.
public enum RecordFormat: String, Sendable, CaseIterable {
    case ndjson, warc

    /// UTF-8's byte-order mark, which some tools write before the first JSON line.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The format the start of a (decompressed) stream shows: `WARC/` or a JSON object; nil
    /// when it is neither.
    public static func detect(_ start: ArraySlice<UInt8>) -> RecordFormat? {
        let unmarked = start.starts(with: byteOrderMark) ? start.dropFirst(3) : start
        let content = unmarked.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
        if content.starts(with: Array("WARC/".utf8)) { return .warc }
        if content.first == UInt8(ascii: "{") { return .ndjson }
        return nil
    }
}

/// Records from one input (a file or standard input), gzip or not, in either format.
public struct RecordSource {
    private enum Reader {
        case ndjson(NDJSONRecordReader)
        case warc(WARCRecordReader)
    }

    private var reader: Reader?
    /// The format read, once known (nil for an empty input).
    public let format: RecordFormat?

    /// Opens `source`: gzip is recognised by its magic number and read member by member; the
    /// record format is `format`, or detected from the first bytes.
    ///
    /// - Parameters:
    ///   - name: the input's name in messages; `file` is what output lines name (nil for stdin).
    ///   - maximumBytes: the largest record read into memory (`--max-bytes`).
    public init(
        _ source: any ByteSource, name: String, file: String?, format declared: RecordFormat?, maximumBytes: Int
    ) throws(RecordSourceError) {
        var raw = BufferedByteReader(source)
        var buffered = raw.peek(2).elementsEqual([0x1F, 0x8B])
            ? BufferedByteReader(GzipSource(RawReaderSource(raw), name: name)) : raw
        let start = buffered.peek(64)
        // Nothing readable at all (an I/O error, gzip corrupt from its first member on).
        if let failure = buffered.failure, start.isEmpty { throw .input(failure) }
        if start.isEmpty {
            format = declared
            reader = nil
            return
        }
        guard let format = declared ?? RecordFormat.detect(start) else {
            throw .unknownFormat(name: name)
        }
        self.format = format
        switch format {
        case .ndjson:
            // JSON escapes and base64 make a line longer than the document it holds.
            let lineLimit = maximumBytes > Int.max / 3 ? Int.max : maximumBytes * 2 + (1 << 20)
            reader = .ndjson(NDJSONRecordReader(buffered, file: file, maximumLineBytes: lineLimit))
        case .warc:
            reader = .warc(WARCRecordReader(buffered, file: file, maximumBytes: maximumBytes))
        }
    }

    public mutating func next() -> StreamItem? {
        switch reader {
        case .ndjson(var ndjson)?:
            defer { reader = .ndjson(ndjson) }
            return ndjson.next()
        case .warc(var warc)?:
            defer { reader = .warc(warc) }
            return warc.next()
        case nil:
            return nil
        }
    }

    /// A read error that ended the input before its end (an I/O fault, not a data fault).
    public var ioFailure: StreamInputError? {
        let failure: StreamInputError?
        switch reader {
        case .ndjson(let ndjson)?: failure = ndjson.inputFailure
        case .warc(let warc)?: failure = warc.inputFailure
        case nil: failure = nil
        }
        return failure?.isDataFault == false ? failure : nil
    }

    /// Whether the input ended early for a fault in its bytes (a corrupt or cut-short gzip).
    public var dataFailure: StreamInputError? {
        let failure: StreamInputError?
        switch reader {
        case .ndjson(let ndjson)?: failure = ndjson.inputFailure
        case .warc(let warc)?: failure = warc.inputFailure
        case nil: failure = nil
        }
        return failure?.isDataFault == true ? failure : nil
    }
}

/// Why a record input could not be opened.
public enum RecordSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    case input(StreamInputError)
    case unknownFormat(name: String)

    public var description: String {
        switch self {
        case .input(let error): return error.description
        case .unknownFormat(let name):
            return "\(name): neither JSON lines nor WARC (name the format with --from-records ndjson|warc)"
        }
    }
}

/// The bytes a `BufferedByteReader` holds and has yet to read, then the rest of its source: so
/// the bytes peeked to recognise gzip are not lost when the decompressor takes over.
struct RawReaderSource: ByteSource {
    private var reader: BufferedByteReader

    init(_ reader: BufferedByteReader) {
        self.reader = reader
    }

    mutating func nextChunk() throws(StreamInputError) -> [UInt8] {
        let chunk = reader.read(FileDescriptorSource.chunkSize)
        if chunk.isEmpty, let failure = reader.failure { throw failure }
        return chunk
    }
}
