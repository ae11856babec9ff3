import QuireDocument

/// What a reader is given: the raw bytes and what is known about where they came from.
public struct ReaderInput: Sendable {
    public var bytes: [UInt8]
    /// The file path (or `-` for standard input) that errors and warnings name.
    public var name: String
    /// The address relative links resolve against, when the caller knows it.
    public var baseURL: String?
    /// A character set declared outside the bytes (an HTTP header, say), which wins over sniffing.
    public var charset: String?
    /// The media type declared outside the bytes (HTTP `Content-Type`), used to pick a reader.
    public var mediaType: String?
    /// The user's `--encoding`, which wins over everything the bytes or the server say, a
    /// byte-order mark included: the way out when a page lies about itself.
    public var overridingCharset: String?

    public init(bytes: [UInt8], name: String, baseURL: String? = nil, charset: String? = nil, mediaType: String? = nil) {
        self.bytes = bytes
        self.name = name
        self.baseURL = baseURL
        self.charset = charset
        self.mediaType = mediaType
    }
}

/// Something a reader, transform or writer noticed but got past, such as a flattened nesting.
public struct ConversionWarning: Sendable, Equatable, CustomStringConvertible {
    /// The input the warning is about.
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): warning: \(message)" }
}

/// The options of every reader and writer, each in its own struct with its own defaults;
/// this only gathers them so the registry can hand each format its own.
public struct FormatOptions: Sendable {
    public var jsonWriter = JSONWriter.Options()
    public var markdownReader = MarkdownReader.Options()
    public var markdownWriter = MarkdownWriter.Options()
    public var htmlWriter = HTMLWriter.Options()
    public var epubWriter = EPUBWriter.Options()
    public var textReader = TextReader.Options()
    public var textWriter = TextWriter.Options()

    public init() {}
}

/// An input format: its names, the file extensions that select it, and its reader.
public struct ReaderFormat: Sendable {
    public typealias Read = @Sendable (ReaderInput, FormatOptions, inout [ConversionWarning]) throws -> Document

    public let name: String
    /// The other names `-f` and `-t` accept, from the one list in `Formats.names`.
    public var aliases: [String] { Formats.aliases(of: name) }
    /// Lower-case extensions without the dot.
    public let extensions: [String]
    public let summary: String
    /// A web page: mostly site furniture around an article, so by default the pipeline keeps
    /// only the article (`ArticleExtraction`) and strips appeals (`AppealRemoval`).
    public let isWebPage: Bool
    public let read: Read

    public init(
        name: String, extensions: [String], summary: String, isWebPage: Bool = false,
        read: @escaping Read
    ) {
        self.name = name
        self.extensions = extensions
        self.summary = summary
        self.isWebPage = isWebPage
        self.read = read
    }
}

/// An output format: its names, the extension its files get, and its writer.
public struct WriterFormat: Sendable {
    public typealias Write = @Sendable (Document, FormatOptions) throws -> [UInt8]
    /// Writes the same bytes, handing them to `emit` in pieces as they are made.
    public typealias Stream = @Sendable (Document, FormatOptions, _ emit: @escaping FileAccess.Emit) throws -> Void

    public let name: String
    /// The other names `-f` and `-t` accept, from the one list in `Formats.names`.
    public var aliases: [String] { Formats.aliases(of: name) }
    /// The extension of files written in this format; the first one is used for new files.
    public let extensions: [String]
    /// Binary output is never written to a terminal.
    public let isBinary: Bool
    /// A book (EPUB) carries the images its text shows, so the pipeline loads them first, and
    /// makes one part per input (see `Anthology`) instead of running the inputs together.
    public let isBook: Bool
    public let summary: String
    public let write: Write
    /// For writers whose output can be large and is made front to back (JSON, Markdown): the
    /// output then never has to be held whole.
    public let stream: Stream?

    public init(
        name: String, extensions: [String], isBinary: Bool = false, isBook: Bool = false,
        summary: String, write: @escaping Write, stream: Stream? = nil
    ) {
        self.name = name
        self.extensions = extensions
        self.isBinary = isBinary
        self.isBook = isBook
        self.summary = summary
        self.write = write
        self.stream = stream
    }

    /// The output handed to `emit`: in pieces when the writer streams, else whole.
    public func output(_ document: Document, _ options: FormatOptions, to emit: @escaping FileAccess.Emit) throws {
        if let stream {
            try stream(document, options, emit)
        } else {
            try write(document, options).withUnsafeBytes(emit)
        }
    }
}
