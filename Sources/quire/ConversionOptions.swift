import ArgumentParser
import Quire
import QuireDocument

/// The format choices and per-format options that `convert` and `batch` share.
struct ConversionOptions: ParsableArguments {
    @Option(name: [.customShort("f"), .customLong("from")], help: "Input format (see 'quire formats').")
    var from: String?

    @Option(name: [.customShort("t"), .customLong("to")], help: "Output format (see 'quire formats').")
    var to: String?

    @Option(
        name: [.customShort("M"), .customLong("metadata")],
        help: ArgumentHelp("Set a metadata field, overriding the input's.", valueName: "key=value"))
    var metadata: [String] = []

    @Flag(help: "JSON output on one line instead of indented.")
    var compact = false

    @Flag(help: "Markdown input: curly quotes, dashes and ellipses from straight ASCII.")
    var smart = false

    @Option(help: ArgumentHelp("Markdown output: wrap paragraphs at N columns, or 'none'.", valueName: "none|N"))
    var wrap: String = "none"

    @Flag(help: "Markdown output: links as numbered references at the end.")
    var referenceLinks = false

    @Flag(help: "Markdown output: leave out the YAML front matter.")
    var noFrontMatter = false

    /// The reader named by `-f`, or `nil` to choose per input.
    func reader() throws -> ReaderFormat? {
        guard let from else { return nil }
        guard let format = Formats.reader(named: from) else {
            let known = Formats.readers.map(\.name).joined(separator: ", ")
            throw CommandFailure.usage("unknown input format '\(from)' (known: \(known))")
        }
        return format
    }

    /// The writer named by `-t`, else the one for `outputPath`'s extension, else the default.
    func writer(outputPath: String?) throws -> WriterFormat {
        let known = Formats.writers.map(\.name).joined(separator: ", ")
        if let to {
            guard let format = Formats.writer(named: to) else {
                throw CommandFailure.usage("unknown output format '\(to)' (known: \(known))")
            }
            return format
        }
        if let outputPath, outputPath != "-", let format = Formats.writer(forPath: outputPath) { return format }
        guard let format = Formats.writer(named: Formats.defaultWriterName) else {
            throw CommandFailure.usage("choose an output format with -t (known: \(known))")
        }
        return format
    }

    func pipeline(outputPath: String?) throws -> Pipeline {
        var options = FormatOptions()
        options.jsonWriter.compact = compact
        options.markdownReader.smartPunctuation = smart
        options.markdownWriter.referenceLinks = referenceLinks
        options.markdownWriter.frontMatter = !noFrontMatter
        if wrap != "none" {
            guard let columns = Int(wrap), columns >= 20 else {
                throw CommandFailure.usage("--wrap expects 'none' or a number of columns of at least 20, got '\(wrap)'")
            }
            options.markdownWriter.wrapColumns = columns
        }
        let overrides = try metadata.map { pair -> (key: String, value: String) in
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CommandFailure.usage("--metadata expects key=value, got '\(pair)'")
            }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        var check = Metadata()
        for (key, value) in overrides {
            do {
                try check.set(key, to: value)
            } catch {
                throw CommandFailure.usage(String(describing: error))
            }
        }
        return Pipeline(
            reader: try reader(), writer: try writer(outputPath: outputPath), options: options, metadataOverrides: overrides)
    }
}
