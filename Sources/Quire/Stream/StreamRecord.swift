import QuireDocument

/// One document taken from a record stream (a JSON line or a WARC record), before conversion.
public struct StreamRecord: Sendable, Equatable {
    /// The document's content as the record gives it.
    public enum Content: Sendable, Equatable {
        /// Decoded text in a named format (`html`, `markdown` or `text` keys of a JSON line).
        case text(String, format: String)
        /// Raw bytes whose character set is chosen as for a fetched page (`body_base64`, WARC).
        case bytes([UInt8])
    }

    /// Says which record this is, in the output line: the `id` key, or the WARC-Record-ID.
    public var identity: StreamRecordIdentity
    public var content: Content
    /// The HTTP `Content-Type` (media type and charset) of `bytes` content.
    public var contentType: String?
    /// The reader to use (`format` key), overriding what the content type or bytes suggest.
    public var format: String?
    /// Fields set for this record only (`metadata` key), applied over the document's own.
    public var metadata: [(key: String, value: String)]
    /// What the stream noticed about the record itself (a crawler's truncation, an odd body).
    public var warnings: [String]

    public init(
        identity: StreamRecordIdentity, content: Content, contentType: String? = nil, format: String? = nil,
        metadata: [(key: String, value: String)] = [], warnings: [String] = []
    ) {
        self.identity = identity
        self.content = content
        self.contentType = contentType
        self.format = format
        self.metadata = metadata
        self.warnings = warnings
    }

    public static func == (lhs: StreamRecord, rhs: StreamRecord) -> Bool {
        lhs.identity == rhs.identity && lhs.content == rhs.content && lhs.contentType == rhs.contentType
            && lhs.format == rhs.format && lhs.warnings == rhs.warnings
            && lhs.metadata.map(\.key) == rhs.metadata.map(\.key) && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
    }

    /// How many bytes the content holds, for `--max-bytes`.
    public var byteCount: Int {
        switch content {
        case .text(let text, _): return text.utf8.count
        case .bytes(let bytes): return bytes.count
        }
    }
}

/// What the output line repeats so a consumer can join it back to its input.
public struct StreamRecordIdentity: Sendable, Equatable {
    public var id: String?
    public var url: String?
    /// The input line (JSON lines), given for records without an `id` and for failures.
    public var line: Int?
    /// The input file, when records come from named files rather than standard input.
    public var file: String?
    /// Keys of a JSON line that quire does not know, copied to the output line as they were.
    public var passthrough: [(key: String, value: JSONValue)]

    public init(
        id: String? = nil, url: String? = nil, line: Int? = nil, file: String? = nil,
        passthrough: [(key: String, value: JSONValue)] = []
    ) {
        self.id = id
        self.url = url
        self.line = line
        self.file = file
        self.passthrough = passthrough
    }

    public static func == (lhs: StreamRecordIdentity, rhs: StreamRecordIdentity) -> Bool {
        lhs.id == rhs.id && lhs.url == rhs.url && lhs.line == rhs.line && lhs.file == rhs.file
            && lhs.passthrough.map(\.key) == rhs.passthrough.map(\.key)
            && lhs.passthrough.map(\.value) == rhs.passthrough.map(\.value)
    }
}

/// What a record reader hands on for each thing it reads.
public enum StreamItem: Sendable, Equatable {
    /// A document to convert.
    case record(StreamRecord)
    /// Something that should have been a record and is not (a line that is not JSON, a WARC
    /// record cut short): it gets its own failed output line.
    case failure(StreamRecordIdentity, message: String)
    /// A record that holds no document (a WARC request, metadata or warcinfo record, a non-HTML
    /// payload): no output line, counted in the summary under `kind`.
    case skipped(kind: String)
}
