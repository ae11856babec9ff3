import QuireDocument

/// Writes the tree as JSON (`docs/json-format.md`): the same tree always gives the same bytes.
/// Both forms end with a line feed, so compact outputs concatenated are JSON lines and a file
/// is a text file to `wc -l`, `cat` and friends.
public enum JSONWriter {
    public struct Options: Sendable, Equatable {
        /// One line instead of indented text.
        public var compact = false

        public init(compact: Bool = false) {
            self.compact = compact
        }
    }

    public static func write(_ document: Document, options: Options = Options()) -> [UInt8] {
        var bytes = document.serializedJSON(pretty: !options.compact)
        if options.compact { bytes.append(UInt8(ascii: "\n")) }
        return bytes
    }

    static let lineFeed: [UInt8] = [UInt8(ascii: "\n")]
}

extension WriterFormat {
    public static let json = WriterFormat(
        name: "json", extensions: ["json"], summary: "quire's document tree as JSON (--compact for one line)"
    ) { document, options in
        JSONWriter.write(document, options: options.jsonWriter)
    } stream: { document, options, emit in
        document.serializeJSON(pretty: !options.jsonWriter.compact, emit: emit)
        if options.jsonWriter.compact { JSONWriter.lineFeed.withUnsafeBytes(emit) }
    }
}
