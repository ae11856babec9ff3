/// The registry of formats quire reads and writes.
///
/// Adding a format is one file that defines a `ReaderFormat` or `WriterFormat` and one line in
/// the lists below.
public enum Formats {
    public static let readers: [ReaderFormat] = [
        .json,
        .markdown,
        .html,
        .text,
    ]

    public static let writers: [WriterFormat] = [
        .json,
        .markdown,
        .html,
        .epub,
        .text,
    ]

    /// The output format when neither `-t` nor the output file's extension names one.
    public static let defaultWriterName = "markdown"

    public static func reader(named name: String) -> ReaderFormat? {
        let key = name.lowercased()
        return readers.first { $0.name == key || $0.aliases.contains(key) }
    }

    public static func writer(named name: String) -> WriterFormat? {
        let key = name.lowercased()
        return writers.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// The reader for a file, from its extension (the one before `.gz` for a compressed file).
    public static func reader(forPath path: String) -> ReaderFormat? {
        guard let fileExtension = pathExtension(CompressedInput.innerName(path)) else { return nil }
        return readers.first { $0.extensions.contains(fileExtension) }
    }

    /// The writer for an output file, from its extension.
    public static func writer(forPath path: String) -> WriterFormat? {
        guard let fileExtension = pathExtension(path) else { return nil }
        return writers.first { $0.extensions.contains(fileExtension) }
    }

    /// The reader for a media type from HTTP's `Content-Type`.
    public static func reader(forMediaType mediaType: String) -> ReaderFormat? {
        let names = [
            "text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown",
            "text/x-markdown": "markdown", "text/plain": "text", "application/json": "json",
        ]
        return names[mediaType.lowercased()].flatMap(reader(named:))
    }

    /// The reader for bytes of unknown origin (standard input), from what they look like.
    public static func reader(sniffing bytes: [UInt8]) -> ReaderFormat? {
        reader(named: sniffedFormatName(of: bytes))
    }

    /// The name of the format the bytes look like, whether or not this build can read it.
    public static func sniffedFormatName(of bytes: [UInt8]) -> String {
        FormatSniffer.formatName(of: bytes)
    }

    /// The lower-cased extension of the last path component, without the dot.
    static func pathExtension(_ path: String) -> String? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let fileExtension = fileName[fileName.index(after: dot)...].lowercased()
        return fileExtension.isEmpty ? nil : fileExtension
    }
}
