import QuireDocument

/// Writes the tree as JSON (`docs/json-format.md`): the same tree always gives the same bytes.
public enum JSONWriter {
    public struct Options: Sendable, Equatable {
        /// One line instead of indented text.
        public var compact = false

        public init(compact: Bool = false) {
            self.compact = compact
        }
    }

    public static func write(_ document: Document, options: Options = Options()) -> [UInt8] {
        document.serializedJSON(pretty: !options.compact)
    }
}

extension WriterFormat {
    public static let json = WriterFormat(
        name: "json", extensions: ["json"], summary: "quire's document tree as JSON (--compact for one line)"
    ) { document, options in
        JSONWriter.write(document, options: options.jsonWriter)
    } stream: { document, options, emit in
        document.serializeJSON(pretty: !options.jsonWriter.compact, emit: emit)
    }
}
