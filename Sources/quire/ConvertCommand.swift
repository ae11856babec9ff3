import ArgumentParser
import Quire
import QuireDocument

extension TextWriter.Options.Wrap: ExpressibleByArgument {}
extension TextWriter.Options.LinkStyle: ExpressibleByArgument {}

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one document (several inputs are joined into one).",
        discussion: """
            The input format comes from -f, else each file's extension, else its content
            (standard input). The output format comes from -t, else the extension of -o,
            else \(Formats.defaultWriterName). Without -o, text output goes to standard output.

            Examples:
              quire convert notes.json -t json --compact
              quire convert notes.json -o notes-copy.json --metadata title="New title"
              cat notes.json | quire convert -f json -t json -
              quire convert article.txt -t text --columns 60 --links inline
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

    @Option(help: ArgumentHelp("Text output: page width in terminal cells.", valueName: "N"))
    var columns = TextWriter.Options().columns

    @Option(help: ArgumentHelp("Text output: fill lines up to --columns (auto) or one line per paragraph (none).", valueName: "auto|none"))
    var wrap: TextWriter.Options.Wrap = TextWriter.Options().wrap

    @Option(help: ArgumentHelp("Text output: links as numbered notes at the end, inline as 'label <url>', or none.", valueName: "footnotes|inline|none"))
    var links: TextWriter.Options.LinkStyle = TextWriter.Options().links

    @Flag(help: "Text output: leave out the title block (title, subtitle, authors, date, source).")
    var noTitleBlock = false

    @Flag(help: "Text output: 7-bit ASCII quotes, dashes, ellipses, spaces and letters.")
    var ascii = false

    func validate() throws {
        guard columns >= 10 else { throw ValidationError("--columns must be at least 10, got \(columns)") }
    }

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
            let bytes = try pipeline.convert(readerInputs, warnings: &warnings)
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

        var options = FormatOptions()
        options.jsonWriter.compact = compact
        options.textWriter = TextWriter.Options(
            columns: columns, wrap: wrap, links: links, includesTitleBlock: !noTitleBlock, asciiOnly: ascii)

        let overrides = try metadata.map { pair -> (key: String, value: String) in
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CommandFailure.usage("--metadata expects key=value, got '\(pair)'")
            }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        return Pipeline(reader: reader, writer: writer, options: options, metadataOverrides: overrides)
    }
}
