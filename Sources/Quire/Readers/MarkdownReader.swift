import QuireDocument

/// Reads CommonMark with GitHub's extensions (tables, strikethrough, autolinks, task lists,
/// footnotes) and YAML front matter into the tree.
public enum MarkdownReader {
    public struct Options: Sendable, Equatable {
        /// Curly quotes, dashes and ellipses from straight ASCII (`--smart`).
        public var smartPunctuation = false

        public init(smartPunctuation: Bool = false) {
            self.smartPunctuation = smartPunctuation
        }
    }

    public static func read(
        _ input: ReaderInput, options: Options = Options(), warnings: inout [ConversionWarning]
    ) throws(MarkdownReaderError) -> Document {
        var text = decodeMarkdownText(input.bytes, file: input.name, warnings: &warnings)
        var metadata = Metadata()
        if let frontMatter = FrontMatter.split(text),
            let (parsed, problems) = try FrontMatter.metadata(fromYAML: frontMatter.yaml, file: input.name)
        {
            metadata = parsed
            warnings += problems.map { ConversionWarning(file: input.name, message: $0) }
            text = frontMatter.body
        }
        let limited = ContainerMarkerLimit.removingDeepMarkers(in: text)
        let converted = CmarkConverter.convert(limited.text, smartPunctuation: options.smartPunctuation)
        if converted.wasFlattened || limited.removed {
            warnings.append(
                ConversionWarning(
                    file: input.name,
                    message: "nesting deeper than \(Document.maximumDepth) levels was flattened (no text was lost)"))
        }
        return Document(metadata: metadata, blocks: converted.blocks)
    }

    /// UTF-8 without its byte-order mark, or UTF-16 or UTF-32 with one or without
    /// (`TextDecoding.wideForm`); line ends are left to cmark, which knows them all.
    /// Bytes that are not UTF-8 are read in the set uchardet guesses (an old editor's
    /// Windows-1252 or Shift_JIS), with a warning, as the text reader does (`TextDecoding`):
    /// U+FFFD replacements would lose letters.
    private static func decodeMarkdownText(_ bytes: [UInt8], file: String, warnings: inout [ConversionWarning]) -> String {
        // Windows editors save "Unicode" text as UTF-16, usually with a byte-order mark.
        if let (form, start) = TextDecoding.wideForm(of: bytes) { return TextDecoding.decode(bytes[start...], as: form) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        let (text, guessedCharset) = TextDecoding.decodeNamingGuess(Array(body))
        if let guessedCharset { warnings.append(TextDecoding.guessWarning(guessedCharset, file: file)) }
        return text
    }
}

public enum MarkdownReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The YAML front matter could not be parsed; `line` counts from the top of the file.
    case invalidFrontMatter(file: String, line: Int?, reason: String)

    public var description: String {
        switch self {
        case .invalidFrontMatter(let file, let line, let reason):
            let position = line.map { "line \($0): " } ?? ""
            return "\(file): \(position)invalid YAML front matter: \(reason)"
        }
    }
}

extension ReaderFormat {
    public static let markdown = ReaderFormat(
        name: "markdown", extensions: ["md", "markdown", "mdown", "mkd"],
        summary: "CommonMark with GitHub extensions and YAML front matter"
    ) { input, options, warnings in try MarkdownReader.read(input, options: options.markdownReader, warnings: &warnings) }
}
