import QuireDocument

/// The output line of one record: a compact JSON object ending in LF.
///
/// `{"id", "url", "status", "error", "metadata", "words", "stripped_blocks", "warnings",
/// "duration_ms"}`, then the content (`output`, `document` or `output_base64`), the removed
/// blocks with `--include-stripped`, and last the input line's unknown keys.
public enum StreamLine {
    /// The content in the chosen output format.
    public enum Content {
        /// Text, Markdown, HTML: the writer's output as a string.
        case text(String)
        /// JSON: the document tree as an object, not a string holding JSON.
        case document(Document)
        /// EPUB and other binary formats, in base64.
        case binary([UInt8])
    }

    /// The keys quire writes; an unknown input key with one of these names goes under `input`.
    static let reservedKeys: Set<String> = [
        "id", "url", "line", "file", "status", "error", "metadata", "words", "stripped_blocks", "warnings", "duration_ms",
        "output", "document", "output_base64", "stripped", "input",
    ]

    public static func converted(
        _ identity: StreamRecordIdentity, metadata: Metadata, words: Int, stripped: [StrippedBlock], warnings: [String],
        milliseconds: Int, content: Content, includesStripped: Bool
    ) -> [UInt8] {
        var sink = JSONText(pretty: false)
        sink.beginObject()
        writeIdentity(identity, to: &sink)
        string("status", "converted", to: &sink)
        sink.key("metadata")
        metadata.writeJSON(to: &sink)
        number("words", words, to: &sink)
        number("stripped_blocks", stripped.count, to: &sink)
        strings("warnings", warnings, to: &sink)
        number("duration_ms", milliseconds, to: &sink)
        switch content {
        case .text(let text): string("output", text, to: &sink)
        case .document(let document):
            sink.key("document")
            document.writeJSON(to: &sink)
        case .binary(let bytes): string("output_base64", Base64.encode(bytes), to: &sink)
        }
        if includesStripped {
            sink.key("stripped")
            sink.beginArray()
            for block in stripped { block.metadataValue.writeJSON(to: &sink) }
            sink.endArray()
        }
        writePassthrough(identity, to: &sink)
        sink.endObject()
        return sink.finish() + [0x0A]
    }

    public static func failed(_ identity: StreamRecordIdentity, error: String, warnings: [String] = [], milliseconds: Int = 0)
        -> [UInt8]
    {
        var sink = JSONText(pretty: false)
        sink.beginObject()
        writeIdentity(identity, to: &sink)
        string("status", "failed", to: &sink)
        string("error", error, to: &sink)
        strings("warnings", warnings, to: &sink)
        number("duration_ms", milliseconds, to: &sink)
        writePassthrough(identity, to: &sink)
        sink.endObject()
        return sink.finish() + [0x0A]
    }

    private static func writeIdentity(_ identity: StreamRecordIdentity, to sink: inout JSONText) {
        if let id = identity.id { string("id", id, to: &sink) }
        if let url = identity.url { string("url", url, to: &sink) }
        if let line = identity.line { number("line", line, to: &sink) }
        if let file = identity.file { string("file", file, to: &sink) }
    }

    /// Unknown input keys as they were; those whose name quire uses go under `input`.
    private static func writePassthrough(_ identity: StreamRecordIdentity, to sink: inout JSONText) {
        let clashing = identity.passthrough.filter { reservedKeys.contains($0.key) }
        for (key, value) in identity.passthrough where !reservedKeys.contains(key) {
            sink.key(key)
            value.write(to: &sink)
        }
        if !clashing.isEmpty {
            sink.key("input")
            JSONValue.object(clashing).write(to: &sink)
        }
    }

    private static func string(_ key: String, _ value: String, to sink: inout JSONText) {
        sink.key(key)
        sink.string(value)
    }

    private static func number(_ key: String, _ value: Int, to sink: inout JSONText) {
        sink.key(key)
        sink.number(String(value))
    }

    private static func strings(_ key: String, _ values: [String], to sink: inout JSONText) {
        sink.key(key)
        sink.beginArray()
        for value in values { sink.string(value) }
        sink.endArray()
    }
}
