import ArgumentParser
import CHeap
import Quire

struct ConvertCommand: ParsableCommand {
    // `quire` as the super-command: a plain conversion is parsed by this command alone
    // (`QuireCommand.parseCommandLine`), and a command parsed alone that has none first parses
    // the arguments twice more as swift-argument-parser's completion-script commands, for
    // nothing (docs/performance.md): arguments asking for a completion script never come this
    // way. Help and usage are made through the root, which has no super-command, so they are
    // unchanged.
    static let configuration = CommandConfiguration(
        commandName: "convert",
        _superCommandName: "quire",
        abstract: "Convert a document; several inputs make one (an anthology in EPUB).",
        discussion: """
            The input format comes from -f, else each file's extension, else its content (standard input). The output format comes from -t, else the extension of -o, else \(Formats.defaultWriterName); an extension quire does not write is an error. Without -o, the output goes to standard output. Web pages are reduced to their article.

            Exit codes: 0 success, 1 a document could not be converted, 2 usage error, 128+N killed by signal N (Ctrl-C: 130).

            Examples:
              quire convert https://example.org/story -o story.epub
              quire convert notes.md --strip-boilerplate --report-stripped cut.jsonl
              quire convert page.html -t text --links none --columns 60
              quire convert notes.json -o notes.md --wrap 72 --reference-links
              quire convert notes.md -o clean.md -M title="New title"
              cat notes.md | quire convert -f markdown -t json -
              quire convert a.md b.md -o book.epub -M title="Collected notes"
              SOURCE_DATE_EPOCH=1700000000 quire convert a.md -o a.epub
            """)

    @Argument(help: "Input files or http(s) URLs; '-' or nothing reads standard input.")
    var inputs: [String] = []

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Output file; '-' for standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var conversion: ConversionOptions

    @OptionGroup var fetching: FetchingOptions

    @Flag(
        name: .shortAndLong,
        help: "Print how many blocks the boilerplate transforms removed from each input, and the paragraphs kept that came close to an appeal.")
    var verbose = false

    @Option(help: ArgumentHelp(
            "EPUB: a JPEG, PNG, GIF or SVG image for the cover (default: the document's, else one drawn from its title).",
            valueName: "file"))
    var cover: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The page's address, which relative links and images in HTML input resolve against.", valueName: "url"))
    var baseURL: String?

    /// Input size from which a conversion's heap goes on huge pages.
    static let hugePageInputBytes = 1 << 20

    func validate() throws {
        if cover != nil, conversion.noCover { throw ValidationError("--cover: cannot be used with --no-cover") }
        if let baseURL, !Self.isAbsoluteURL(baseURL) {
            throw ValidationError("--base-url: expects an absolute URL such as https://example.com/page, got '\(baseURL)'")
        }
    }

    func run() throws {
        // One conversion: the only other threads are picture downloads (docs/performance.md).
        quire_heap_shared_by_threads()
        // With nothing named and nothing piped in, reading the terminal would look like a hang.
        if inputs.isEmpty, FileAccess.isTerminal(0) {
            CommandFailure.shortUsage.split(separator: "\n").forEach { printToStandardError(String($0)) }
            throw CommandFailure(message: "no input", exitCode: CommandFailure.usageError, isSummary: true)
        }
        let inputPaths = inputs.isEmpty ? ["-"] : inputs
        let destination = output.flatMap { $0 == "-" ? nil : $0 }
        if let destination, destination.hasSuffix("/") || FileAccess.isDirectory(destination) {
            throw CommandFailure.usage("\(destination): is a folder; -o names the output file (quire batch -o writes into a folder)")
        }
        var pipeline = try conversion.pipeline(outputPath: output, fetching: fetching)
        pipeline.boilerplate.reportsNearMisses = verbose

        if let destination,
            let input = inputPaths.first(where: { $0 != "-" && !URLFetcher.isURL($0) && FileAccess.isSameFile($0, destination) })
        {
            throw CommandFailure.usage("\(input): is an input; refusing to write over it")
        }
        if destination == nil, pipeline.writer.isBinary, FileAccess.isTerminal(1) {
            throw CommandFailure.usage("-o: \(pipeline.writer.name) output is binary; name a file with -o")
        }

        var warnings: [ConversionWarning] = []
        defer { warnings.forEach { printToStandardError("quire: \($0)") } }
        do {
            let loader = InputLoader(
                fetcher: URLFetcher(options: fetching.fetcherOptions), overridingCharset: try conversion.overridingCharset())
            let readerInputs = try inputPaths.map { path in
                var input = try loader.load(path)
                if let baseURL { input.baseURL = baseURL }
                return input
            }
            // A large document's tree and output take tens of megabytes: worth 2 MB pages (see CHeap).
            if readerInputs.reduce(0, { $0 + $1.bytes.count }) >= Self.hugePageInputBytes { quire_heap_on_huge_pages() }
            var stripped: [StrippedBlock] = []
            var document = try pipeline.read(readerInputs, warnings: &warnings, stripped: &stripped)
            if verbose { reportCounts(stripped, warnings: warnings, inputs: readerInputs.map(\.name)) }
            if let path = conversion.reportStripped {
                try FileAccess.writeAtomically(stripped.flatMap(\.reportLine), to: path)
            }
            if let cover, pipeline.writer.isBook {
                document = try ResourceLoader().addingCover(cover, to: document)
            }
            // A writer's own errors (libzip missing, say) do not know where the output was going.
            let target = destination ?? "standard output"
            let produce = { (emit: @escaping FileAccess.Emit) throws in
                do {
                    try pipeline.writer.output(document, pipeline.options, to: emit)
                } catch {
                    throw CommandFailure(message: "\(target): \(error)", exitCode: CommandFailure.conversionFailed)
                }
            }
            if let destination {
                try FileAccess.writeAtomically(to: destination, producing: produce)
            } else {
                try FileAccess.writeToStandardOutput(producing: produce)
            }
            LeftForExit.keep(document)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.conversion(error)
        }
    }

    /// `-v`: one line per input, `quire: NAME: N blocks stripped (E by extraction, A appeals)`,
    /// ending `; extraction unsure` when extraction doubted its choice (its warning says why).
    private func reportCounts(_ stripped: [StrippedBlock], warnings: [ConversionWarning], inputs: [String]) {
        for name in inputs {
            let mine = stripped.filter { $0.file == name }
            let extracted = mine.filter { $0.transform == .articleExtraction }.count
            let isUnsure = warnings.contains { $0.file == name && ArticleExtraction.isDoubt($0) }
            printToStandardError(
                "quire: \(name): \(mine.count) block\(mine.count == 1 ? "" : "s") stripped (\(extracted) by extraction, \(mine.count - extracted) appeals)"
                    + (isUnsure ? "; extraction unsure" : ""))
        }
    }

    /// `scheme:rest`, where the scheme is a letter followed by letters, digits, `+`, `-` or `.`.
    static func isAbsoluteURL(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else {
            return false
        }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && text.index(after: colon) < text.endIndex
    }
}
