/// Reads WARC 1.0 and 1.1 records (ISO 28500) from a decompressed stream. `response` records
/// whose HTTP payload is HTML, and `resource` records that are HTML, become documents; every
/// other record is skipped and counted; a record that cannot be read becomes a failure.
public struct WARCRecordReader {
    private var reader: BufferedByteReader
    private let file: String?
    /// The largest record block read into memory; larger ones are skipped and reported.
    private let maximumBytes: Int
    private var hasReportedInputFailure = false

    /// Header fields beyond this are not a WARC header.
    static let maximumHeaderBytes = 1 << 16
    /// The media types read as HTML.
    static let htmlMediaTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    public init(_ reader: BufferedByteReader, file: String?, maximumBytes: Int) {
        self.reader = reader
        self.file = file
        self.maximumBytes = maximumBytes
    }

    /// Why the input could not be read to its end, once `next()` has returned nil.
    public var inputFailure: StreamInputError? { reader.failure }

    public mutating func next() -> StreamItem? {
        guard let (version, headerStart) = nextVersionLine() else { return endOfInput() }
        var fields: [(name: String, value: String)] = []
        var headerBytes = 0
        while true {
            guard case .line(let raw)? = reader.readLine(limit: Self.maximumHeaderBytes) else {
                return .failure(
                    identity(fields), message: "the WARC record at byte \(headerStart) ends inside its header" + truncationNote())
            }
            let line = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw, as: UTF8.self)
            if line.isEmpty { break }
            headerBytes += raw.count
            guard headerBytes <= Self.maximumHeaderBytes else {
                return .failure(identity(fields), message: "the WARC record at byte \(headerStart) has a header over 64 KB")
            }
            if line.first == " " || line.first == "\t", let last = fields.indices.last {
                fields[last].value += " " + line.trimmingSpaces
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((String(line[..<colon]).trimmingSpaces, String(line[line.index(after: colon)...]).trimmingSpaces))
            }
        }
        let record = identity(fields)
        guard let lengthText = Self.field("Content-Length", in: fields), let length = Int(lengthText), length >= 0 else {
            return .failure(record, message: "the \(version) record at byte \(headerStart) has no valid Content-Length")
        }
        let type = (Self.field("WARC-Type", in: fields) ?? "unknown").lowercased()
        guard type == "response" || type == "resource" else {
            return skipBlock(length, record: record) ?? .skipped(kind: type)
        }
        guard length <= maximumBytes else {
            return skipBlock(length, record: record)
                ?? .failure(record, message: "a record of \(length) bytes, more than --max-bytes (\(maximumBytes))")
        }
        let block = reader.read(length)
        guard block.count == length else {
            return .failure(record, message: "the record is cut short: \(block.count) of \(length) bytes" + truncationNote())
        }
        var warnings: [String] = []
        if let truncated = Self.field("WARC-Truncated", in: fields) {
            warnings.append("the crawler stored only part of this page (WARC-Truncated: \(truncated))")
        }
        if type == "resource" {
            let mediaType = Self.field("Content-Type", in: fields)
            guard Self.isHTML(mediaType: Self.mediaType(of: mediaType), body: block) else { return .skipped(kind: "not HTML") }
            return .record(
                StreamRecord(identity: record, content: .bytes(block), contentType: mediaType, format: "html", warnings: warnings))
        }
        return responseItem(block, record: record, warnings: warnings)
    }

    /// A `response` record's block: HTTP status line, headers, body.
    private func responseItem(_ block: [UInt8], record: StreamRecordIdentity, warnings: [String]) -> StreamItem {
        guard let response = HTTPResponse(parsing: block) else {
            return .failure(record, message: "the response record does not hold an HTTP response")
        }
        guard (200..<300).contains(response.status) else { return .skipped(kind: "HTTP \(response.status)") }
        let (mediaType, _) = response.contentType
        // Decide on the declared type first, so images and PDFs are never decompressed.
        if let mediaType, !Self.htmlMediaTypes.contains(mediaType), !Self.isUntyped(mediaType) {
            return .skipped(kind: "not HTML")
        }
        let body: [UInt8]
        var allWarnings = warnings
        do {
            let decoded = try response.decodedBody(limit: maximumBytes)
            body = decoded.bytes
            allWarnings += decoded.warnings
        } catch {
            return .failure(record, message: error.description)
        }
        guard Self.isHTML(mediaType: mediaType, body: body) else { return .skipped(kind: "not HTML") }
        return .record(
            StreamRecord(
                identity: record, content: .bytes(body), contentType: response.header("Content-Type"), format: "html",
                warnings: allWarnings))
    }

    /// Skips a block and its trailing CRLF CRLF; a failure when the input ends first.
    private mutating func skipBlock(_ length: Int, record: StreamRecordIdentity) -> StreamItem? {
        let skipped = reader.skip(length)
        guard skipped == length else {
            return .failure(record, message: "the record is cut short: \(skipped) of \(length) bytes" + truncationNote())
        }
        return nil
    }

    /// The next `WARC/1.x` line, skipping the blank lines between records; a line that is not
    /// one is skipped too, up to the next record.
    private mutating func nextVersionLine() -> (String, Int)? {
        while true {
            let start = reader.offset
            guard let line = reader.readLine(limit: Self.maximumHeaderBytes) else { return nil }
            guard case .line(let raw) = line else { continue }
            let text = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw, as: UTF8.self)
            if text.hasPrefix("WARC/") { return (text, start) }
        }
    }

    private mutating func endOfInput() -> StreamItem? {
        guard let failure = reader.failure, !hasReportedInputFailure else { return nil }
        hasReportedInputFailure = true
        return failure.isDataFault ? .failure(StreamRecordIdentity(file: file), message: failure.description) : nil
    }

    /// Added to a truncated record's message when the input it was in was cut short too; the
    /// input's fault is then not reported again on a line of its own.
    private mutating func truncationNote() -> String {
        guard let failure = reader.failure else { return "" }
        hasReportedInputFailure = true
        return "; \(failure)"
    }

    private func identity(_ fields: [(name: String, value: String)]) -> StreamRecordIdentity {
        StreamRecordIdentity(
            id: Self.field("WARC-Record-ID", in: fields), url: Self.field("WARC-Target-URI", in: fields), file: file)
    }

    static func field(_ name: String, in fields: [(name: String, value: String)]) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    static func mediaType(of contentType: String?) -> String? {
        contentType?.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() }
    }

    /// No type, or the catch-all types servers send when they do not know.
    private static func isUntyped(_ mediaType: String) -> Bool {
        mediaType == "application/octet-stream" || mediaType == "text/plain" || mediaType == "unknown/unknown"
    }

    /// A declared HTML type, or an untyped body that looks like HTML.
    static func isHTML(mediaType: String?, body: [UInt8]) -> Bool {
        if let mediaType, htmlMediaTypes.contains(mediaType) { return true }
        if let mediaType, !isUntyped(mediaType) { return false }
        return Formats.sniffedFormatName(of: body) == "html"
    }
}
