import QuireDocument

/// Reads JSON lines, one record per line:
/// `{"id", "url"?, "html"|"markdown"|"text"|"body_base64", "content_type"?, "format"?, "metadata"?}`.
/// Blank lines are skipped; every other line becomes a record or a failure naming its line.
public struct NDJSONRecordReader {
    private var reader: BufferedByteReader
    private let file: String?
    private let maximumLineBytes: Int
    private var lineNumber = 0
    private var hasReportedInputFailure = false

    /// The keys this reader understands; any other key is passed through to the output line.
    public static let knownKeys: Set<String> = ["id", "url", "html", "markdown", "text", "body_base64", "content_type", "format", "metadata"]
    /// The keys that carry the content, with the reader each names.
    static let contentKeys: [(key: String, format: String?)] = [("html", "html"), ("markdown", "markdown"), ("text", "text"), ("body_base64", nil)]

    /// - Parameters:
    ///   - file: the input's name for output lines, or nil for standard input.
    ///   - maximumLineBytes: longer lines are skipped unread and reported as failures.
    public init(_ reader: BufferedByteReader, file: String?, maximumLineBytes: Int) {
        self.reader = reader
        self.file = file
        self.maximumLineBytes = maximumLineBytes
    }

    public mutating func next() -> StreamItem? {
        while let line = reader.readLine(limit: maximumLineBytes) {
            lineNumber += 1
            switch line {
            case .tooLong(let length):
                return .failure(
                    identity(), message: "line of \(length) bytes, more than the \(maximumLineBytes) allowed (--max-bytes)")
            case .line(var bytes):
                if lineNumber == 1, bytes.starts(with: RecordFormat.byteOrderMark) { bytes = bytes.dropFirst(3) }
                guard let first = bytes.firstIndex(where: { !Self.isSpace($0) }),
                    let last = bytes.lastIndex(where: { !Self.isSpace($0) })
                else { continue }
                return Self.item(fromLine: bytes[first...last], identity: identity())
            }
        }
        if let failure = reader.failure, !hasReportedInputFailure {
            hasReportedInputFailure = true
            // A data fault (a gzip cut short) is reported on its own line; an I/O error ends the run.
            if failure.isDataFault { return .failure(identity(), message: failure.description) }
        }
        return nil
    }

    /// Why the input could not be read to its end, once `next()` has returned nil.
    public var inputFailure: StreamInputError? { reader.failure }

    private func identity() -> StreamRecordIdentity {
        StreamRecordIdentity(line: lineNumber, file: file)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    /// The record one line holds, or why it holds none.
    public static func item(fromLine bytes: ArraySlice<UInt8>, identity base: StreamRecordIdentity) -> StreamItem {
        var identity = base
        let value: JSONValue
        // A `body_base64` the quick reader decoded itself; it is then not among the members.
        var decodedBody: [UInt8]?
        // The quick reader takes the lines it is sure of; the general parser the rest, and says
        // what is wrong with a line that is not JSON.
        if let scanned = bytes.withUnsafeBufferPointer({ JSONLineScanner.record(of: $0, base64Key: "body_base64") }) {
            value = .object(scanned.members)
            decodedBody = scanned.decodedBase64
        } else {
            do {
                value = try JSONValue(parsing: Array(bytes))
            } catch {
                return .failure(identity, message: "not JSON (column \(error.column): \(error.reason))")
            }
        }
        guard case .object(let members) = value else { return .failure(identity, message: "not a JSON object") }
        identity.passthrough = members.filter { !knownKeys.contains($0.key) }
        switch value["id"] {
        case .string(let text)?: identity.id = text
        case .number(let text)?: identity.id = text
        case nil, .null?: break
        default: return .failure(identity, message: "\"id\" must be a string or a number")
        }
        switch value["url"] {
        case .string(let text)?: identity.url = text
        case nil, .null?: break
        default: return .failure(identity, message: "\"url\" must be a string")
        }
        let given = contentKeys.filter {
            ($0.format == nil && decodedBody != nil) || (value[$0.key] != nil && value[$0.key] != .null)
        }
        guard given.count == 1, let (key, format) = given.first else {
            let names = contentKeys.map { "\"\($0.key)\"" }.joined(separator: ", ")
            return .failure(identity, message: given.isEmpty ? "no content: give one of \(names)" : "more than one of \(names)")
        }
        let content: StreamRecord.Content
        if let decodedBody {
            content = .bytes(decodedBody)
        } else if case .string(let text)? = value[key] {
            if let format {
                content = .text(text, format: format)
            } else {
                guard let bytes = Base64.decodePage(text) else {
                    return .failure(identity, message: "\"body_base64\" is not base64 (RFC 4648, padded, on one line)")
                }
                content = .bytes(bytes)
            }
        } else {
            return .failure(identity, message: "\"\(key)\" must be a string")
        }
        var record = StreamRecord(identity: identity, content: content)
        for (key, field) in [("content_type", \StreamRecord.contentType), ("format", \StreamRecord.format)] {
            switch value[key] {
            case .string(let text)?: record[keyPath: field] = text
            case nil, .null?: break
            default: return .failure(identity, message: "\"\(key)\" must be a string")
            }
        }
        switch value["metadata"] {
        case .object(let fields)?:
            for (name, field) in fields {
                switch field {
                case .string(let text), .number(let text): record.metadata.append((name, text))
                case .array(let items):
                    let texts = items.compactMap { item -> String? in
                        if case .string(let text) = item { return text }
                        return nil
                    }
                    guard texts.count == items.count else {
                        return .failure(identity, message: "metadata \"\(name)\": a list must hold strings only")
                    }
                    record.metadata.append((name, texts.joined(separator: "; ")))
                case .null: continue
                default: return .failure(identity, message: "metadata \"\(name)\" must be a string or a list of strings")
                }
            }
        case nil, .null?: break
        default: return .failure(identity, message: "\"metadata\" must be an object")
        }
        // A record with an id needs no line number to be found again; a failure keeps it.
        if identity.id != nil { record.identity.line = nil }
        return .record(record)
    }
}
