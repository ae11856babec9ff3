import QuireDocument

/// Reads a web page into the document tree: its content as blocks, and what its `<head>`,
/// JSON-LD and byline say about it as metadata.
///
/// The stages live in `Readers/HTML/`: `HTMLCharset` turns the bytes into UTF-8,
/// `HTMLInputStream` mends what libxml2 would read differently from a browser,
/// `LibXML2HTMLParser` parses them with libxml2 into an `HTMLDOM`, `HTMLMetadataReader` reads the
/// metadata and `HTMLBlockBuilder` maps the elements. What maps to what, and what is dropped, is
/// in `docs/html-reader.md`.
public enum HTMLReader {
    /// Reads `input`; relative links and images resolve against `input.baseURL` (the page's
    /// address) or the page's `<base href>`, and `input.charset` (an HTTP header's) overrides
    /// what the page declares. Anything read past with a loss is reported in `warnings`.
    public static func read(
        _ input: ReaderInput, warnings: inout [ConversionWarning]
    ) throws(HTMLReaderError) -> Document {
        try read(input, topDepth: 1, warnings: &warnings)
    }

    /// `read(_:warnings:)` for a page whose blocks go `topDepth` levels down into another
    /// document's tree, so that the whole tree stays within `Document.maximumDepth`.
    static func read(
        _ input: ReaderInput, topDepth: Int, warnings: inout [ConversionWarning]
    ) throws(HTMLReaderError) -> Document {
        let decoded = HTMLCharset.decode(input.bytes, declared: input.charset, overriding: input.overridingCharset)
        if let label = decoded.ignoredLabel {
            warnings.append(
                ConversionWarning(
                    file: input.name, message: "unknown character set \"\(label)\"; read as \(decoded.charset)"))
        } else if decoded.choice == .detected {
            warnings.append(TextDecoding.guessWarning(decoded.charset, file: input.name))
        } else if case .utf8DespiteDeclaration(let declared) = decoded.choice {
            warnings.append(
                ConversionWarning(
                    file: input.name, message: "declares \(declared) but its bytes are UTF-8; read as UTF-8"))
        }
        let prepared = HTMLInputStream.prepared(decoded.utf8)
        guard prepared.contains(where: { !HTMLReader.isSpace($0) }) else {
            return Document(metadata: Metadata(sourceURL: input.baseURL))
        }
        let parsed: HTMLDOM?
        do {
            parsed = try LibXML2HTMLParser.parse(utf8: prepared)
        } catch {
            throw .parserUnavailable(file: input.name, reason: error.reason)
        }
        guard let dom = parsed else { throw .unparsable(file: input.name) }

        let metadataReader = HTMLMetadataReader(dom: dom)
        let urls = URLResolver(base: metadataReader.documentBase(pageURL: input.baseURL))
        var builder = HTMLBlockBuilder(
            dom: dom, urls: urls, imageURLs: URLResolver(base: metadataReader.resourceBase(pageURL: input.baseURL)),
            topDepth: topDepth)
        let blocks = builder.build()
        warnings += builder.warnings.map { ConversionWarning(file: input.name, message: $0) }
        return Document(metadata: metadataReader.metadata(pageURL: input.baseURL, urls: urls), blocks: blocks)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

/// Why a page could not be read at all. Broken markup is never an error: libxml2 recovers from
/// it as a browser does.
public enum HTMLReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// libxml2 gave no document for input that is not empty (more than 2 GB, say).
    case unparsable(file: String)
    /// libxml2, loaded on the first page, is missing.
    case parserUnavailable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unparsable(let file): return "\(file): could not be parsed as HTML"
        case .parserUnavailable(let file, let reason): return "\(file): \(reason)"
        }
    }
}

extension ReaderFormat {
    public static let html = ReaderFormat(
        name: "html", extensions: ["html", "htm", "xhtml"],
        summary: "web pages, with metadata from <head> and JSON-LD", isWebPage: true
    ) { input, _, warnings in try HTMLReader.read(input, warnings: &warnings) }
}
