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

    /// Every format's name and the other names `-f` and `-t` accept for it. One list for
    /// reading and writing, so a name that selects a format in one direction selects it in the
    /// other; `quire formats` prints it and a test holds the README's table to it.
    public static let names: [FormatName] = [
        FormatName("json"),
        FormatName("markdown", aliases: ["md", "commonmark", "gfm"]),
        FormatName("html", aliases: ["htm", "xhtml", "html5"]),
        FormatName("epub", aliases: ["epub3"]),
        FormatName("text", aliases: ["txt", "plain"]),
    ]

    /// The output format when neither `-t` nor the output file's extension names one.
    public static let defaultWriterName = "markdown"

    /// The other names of the format called `name`.
    public static func aliases(of name: String) -> [String] {
        names.first { $0.name == name }?.aliases ?? []
    }

    /// The format's own name for `name` or one of its aliases, in any case.
    public static func canonicalName(_ name: String) -> String? {
        let key = name.lowercased()
        return names.first { $0.name == key || $0.aliases.contains(key) }?.name
    }

    public static func reader(named name: String) -> ReaderFormat? {
        guard let canonical = canonicalName(name) else { return nil }
        return readers.first { $0.name == canonical }
    }

    public static func writer(named name: String) -> WriterFormat? {
        guard let canonical = canonicalName(name) else { return nil }
        return writers.first { $0.name == canonical }
    }

    /// What `quire` writes, for messages: `json (.json), markdown (.md .markdown), ...`.
    public static var writtenFormatsList: String {
        writers.map { "\($0.name) (\($0.extensions.map { "." + $0 }.joined(separator: " ")))" }.joined(separator: ", ")
    }

    /// What `quire` reads, for messages: `json, markdown, html, text`.
    public static var readFormatsList: String {
        readers.map(\.name).joined(separator: ", ")
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

    /// The extension of an output path that no writer writes (`.docx`), or `nil` when a writer
    /// writes it or the path has none: such a path with no `-t` would get some other format.
    public static func unwrittenExtension(ofPath path: String) -> String? {
        guard let fileExtension = pathExtension(path), writer(forPath: path) == nil else { return nil }
        return fileExtension
    }

    /// The lower-cased extension of the last path component, without the dot.
    static func pathExtension(_ path: String) -> String? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let fileExtension = fileName[fileName.index(after: dot)...].lowercased()
        return fileExtension.isEmpty ? nil : fileExtension
    }
}

/// A format's name and its aliases, as `-f` and `-t` accept them.
public struct FormatName: Sendable, Equatable {
    public let name: String
    public let aliases: [String]

    public init(_ name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
