import ArgumentParser
import Glibc
import Quire
import QuireDocument

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one document (several inputs are joined into one, or make an anthology in EPUB).",
        discussion: """
            The input format comes from -f, else each file's extension, else its content
            (standard input). The output format comes from -t, else the extension of -o,
            else \(Formats.defaultWriterName). Without -o, text output goes to standard output.

            Examples:
              quire convert notes.json -t json --compact
              quire convert notes.json -o notes-copy.json --metadata title="New title"
              cat notes.json | quire convert -f json -t json -
              quire convert article.json -o article.epub --cover cover.jpg
              quire convert a.json b.json -o book.epub -M title="Collected notes"
              SOURCE_DATE_EPOCH=1700000000 quire convert a.json -o a.epub   (reproducible)
            """)

    @Argument(help: "Input files; '-' or nothing reads standard input.")
    var inputs: [String] = []

    @Option(name: [.customShort("f"), .customLong("from")], help: "Input format (see 'quire formats').")
    var from: String?

    @Option(name: [.customShort("t"), .customLong("to")], help: "Output format (see 'quire formats').")
    var to: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output file; '-' for standard output.")
    var output: String?

    @Option(
        name: [.customShort("M"), .customLong("metadata")],
        help: ArgumentHelp("Set a metadata field, overriding the input's.", valueName: "key=value"))
    var metadata: [String] = []

    @Flag(help: "JSON output on one line instead of indented.")
    var compact = false

    @Flag(help: "HTML output: only the body content, without <head> and styles.")
    var fragment = false

    @Option(
        help: ArgumentHelp(
            "HTML: a stylesheet file to embed, or an http(s) URL to link; EPUB: a file that replaces the default stylesheet.",
            valueName: "file"))
    var css: String?

    @Option(help: ArgumentHelp("EPUB: the deepest heading level in the table of contents.", valueName: "n"))
    var tocDepth: Int = 3

    @Option(
        help: ArgumentHelp(
            "EPUB: start a new chapter file at headings of this level or above (0: one file; default: 1 when there are several level-1 headings).",
            valueName: "n"))
    var chapterLevel: Int?

    @Option(help: ArgumentHelp("EPUB: a JPEG, PNG, GIF or SVG image for the cover.", valueName: "file"))
    var cover: String?

    @Option(
        help: ArgumentHelp(
            "EPUB: a folder to look for images in, after the input's own folder (repeatable; ':' separates several).",
            valueName: "dir"))
    var resourcePath: [String] = []

    func run() throws {
        let inputPaths = inputs.isEmpty ? ["-"] : inputs
        let pipeline = try makePipeline()
        let destination = output.flatMap { $0 == "-" ? nil : $0 }

        if let destination, let input = inputPaths.first(where: { $0 != "-" && FileAccess.isSameFile($0, destination) }) {
            throw CommandFailure.usage("refusing to write over the input file \(input)")
        }
        if destination == nil, pipeline.writer.isBinary, FileAccess.isTerminal(1) {
            throw CommandFailure.usage("\(pipeline.writer.name) output is binary; name a file with -o")
        }

        var warnings: [ConversionWarning] = []
        defer { warnings.forEach { printToStandardError("quire: \($0)") } }
        do {
            let readerInputs = try inputPaths.map { path in ReaderInput(bytes: try FileAccess.read(path), name: path == "-" ? "<stdin>" : path) }
            var document = try pipeline.read(readerInputs, warnings: &warnings)
            if let cover, pipeline.writer.isBook {
                document = try ResourceLoader().addingCover(cover, to: document)
            }
            let bytes = try pipeline.writer.write(document, pipeline.options)
            if let destination {
                try FileAccess.writeAtomically(bytes, to: destination)
            } else {
                try FileAccess.writeToStandardOutput(bytes)
            }
        } catch let error as MetadataOverrideError {
            throw CommandFailure.usage(error.description)
        } catch {
            throw CommandFailure.conversion(error)
        }
    }

    private func makePipeline() throws -> Pipeline {
        var reader: ReaderFormat?
        if let from {
            guard let format = Formats.reader(named: from) else {
                let known = Formats.readers.map(\.name).joined(separator: ", ")
                throw CommandFailure.usage("unknown input format '\(from)' (known: \(known))")
            }
            reader = format
        }

        let writer: WriterFormat
        let known = Formats.writers.map(\.name).joined(separator: ", ")
        if let to {
            guard let format = Formats.writer(named: to) else {
                throw CommandFailure.usage("unknown output format '\(to)' (known: \(known))")
            }
            writer = format
        } else if let output, output != "-", let format = Formats.writer(forPath: output) {
            writer = format
        } else if let format = Formats.writer(named: Formats.defaultWriterName) {
            writer = format
        } else {
            throw CommandFailure.usage("choose an output format with -t (known: \(known))")
        }

        guard (1...6).contains(tocDepth) else { throw CommandFailure.usage("--toc-depth must be between 1 and 6") }
        if let chapterLevel, !(0...6).contains(chapterLevel) {
            throw CommandFailure.usage("--chapter-level must be between 0 and 6")
        }
        var options = FormatOptions()
        options.jsonWriter.compact = compact
        options.htmlWriter.fragment = fragment
        options.epubWriter.tocDepth = tocDepth
        options.epubWriter.chapterLevel = chapterLevel
        options.epubWriter.modificationTime = try modificationTime()
        if let css { try applyStylesheet(css, writer: writer, to: &options) }

        let overrides = try metadata.map { pair -> (key: String, value: String) in
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CommandFailure.usage("--metadata expects key=value, got '\(pair)'")
            }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        let searchPaths = resourcePath.flatMap { $0.split(separator: ":").map(String.init) }
        return Pipeline(
            reader: reader, writer: writer, options: options, metadataOverrides: overrides,
            resourceLoader: ResourceLoader(searchPaths: searchPaths))
    }

    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org) when set, so two runs give identical books;
    /// otherwise now.
    private func modificationTime() throws -> Int64 {
        guard let value = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }), !value.isEmpty else {
            return Int64(time(nil))
        }
        guard let seconds = Int64(value), seconds >= 0 else {
            throw CommandFailure.usage("SOURCE_DATE_EPOCH must be a number of seconds since 1970, got '\(value)'")
        }
        return seconds
    }

    /// A URL is linked from an HTML page; a file's text is embedded (HTML) or replaces the
    /// book's stylesheet (EPUB, which may not refer to remote styles).
    private func applyStylesheet(_ css: String, writer: WriterFormat, to options: inout FormatOptions) throws {
        let isURL = ["http", "https"].contains(css.split(separator: ":").first.map { $0.lowercased() } ?? "")
        if isURL {
            guard !writer.isBook else { throw CommandFailure.usage("--css for \(writer.name) must be a local file") }
            options.htmlWriter.stylesheet = .linked(css)
            return
        }
        let text: String
        do {
            text = String(decoding: try FileAccess.read(css), as: UTF8.self)
        } catch {
            throw CommandFailure.conversion(error)
        }
        options.htmlWriter.stylesheet = .embedded(text)
        options.epubWriter.stylesheet = text
    }
}
