import ArgumentParser
import Glibc
import Quire
import QuireDocument

extension TextWriter.Options.LinkStyle: ExpressibleByArgument {}
extension TextWriter.Options.ImageStyle: ExpressibleByArgument {}
extension TextWriter.Options.NoteMarker: ExpressibleByArgument {}

/// The format choices and per-format options that `convert` and `batch` share.
struct ConversionOptions: ParsableArguments {
    @Option(
        name: [.customShort("f"), .customLong("from")],
        help: ArgumentHelp("Input format (see 'quire formats'; default: from each file's extension, else its content).", valueName: "format"))
    var from: String?

    @Option(
        name: [.customShort("t"), .customLong("to")],
        help: ArgumentHelp("Output format (see 'quire formats'; default: from the output file's extension, else \(Formats.defaultWriterName)).", valueName: "format"))
    var to: String?

    @Option(
        help: ArgumentHelp(
            "HTML and text input: read every input in this character set, whatever it declares (windows-1251, shift_jis...).",
            valueName: "name"))
    var encoding: String?

    @Option(
        name: [.customShort("M"), .customLong("metadata")],
        help: ArgumentHelp("Set a metadata field, overriding the input's.", valueName: "key=value"))
    var metadata: [String] = []

    @Flag(help: "JSON output on one line instead of indented.")
    var compact = false

    @Flag(help: "Markdown input: curly quotes, dashes and ellipses from straight ASCII.")
    var smart = false

    @Option(
        help: ArgumentHelp(
            "Text and Markdown output: wrap paragraphs at --columns (auto), at N columns, or not at all (none). Default: auto for text, none for Markdown.",
            valueName: "auto|none|N"))
    var wrap: String?

    @Option(help: ArgumentHelp("Text output (and Markdown with --wrap auto): page width in terminal cells.", valueName: "N"))
    var columns = TextWriter.Options().columns

    @Option(help: ArgumentHelp("Text output: links as numbered notes at the end, inline as 'label <url>', or none.", valueName: "footnotes|inline|none"))
    var links: TextWriter.Options.LinkStyle = TextWriter.Options().links

    @Option(help: ArgumentHelp(
        "Text output: mark notes [^1], unlike a page's own [1] (caret), or [1] (brackets).",
        valueName: "caret|brackets"))
    var noteMarker: TextWriter.Options.NoteMarker = TextWriter.Options().noteMarker

    @Option(help: ArgumentHelp(
        "Text output: images as '[Image: alt text]' with their captions, or left out (default: none with --links none, else describe).",
        valueName: "describe|none"))
    var images: TextWriter.Options.ImageStyle?

    @Flag(help: "Text output: leave out the title block (title, subtitle, authors, date, source).")
    var noTitleBlock = false

    @Flag(help: "Text output: 7-bit ASCII quotes, dashes, ellipses, spaces and letters.")
    var ascii = false

    @Flag(help: "Markdown output: links as numbered references at the end.")
    var referenceLinks = false

    @Flag(help: "Markdown output: leave out the YAML front matter.")
    var noFrontMatter = false

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

    @Flag(help: "EPUB: no cover, neither the document's picture nor one drawn from its title.")
    var noCover = false

    @Option(
        help: ArgumentHelp(
            "EPUB: a folder to look for images in, after the input's own folder (repeatable; ':' separates several).",
            valueName: "dir"))
    var resourcePath: [String] = []

    @Option(
        help: ArgumentHelp(
            "EPUB: scale pictures down to at most N pixels on their longer side (0: never).",
            valueName: "N"))
    var maxImagePixels = 1600

    @Flag(help: "Keep everything: no article extraction or appeal removal, even for web pages.")
    var keepBoilerplate = false

    @Flag(help: "Also remove appeals (donate, subscribe, share...) from Markdown, text and JSON input.")
    var stripBoilerplate = false

    @Option(
        help: ArgumentHelp(
            "Add the boilerplate rules in FILE to the built-in ones (repeatable; format in docs/extraction.md).",
            valueName: "file"))
    var boilerplateRules: [String] = []

    @Option(
        help: ArgumentHelp(
            "Write every block the boilerplate transforms removed, with its text and the rule or score that removed it, to FILE (JSON lines).",
            valueName: "file"))
    var reportStripped: String?

    @Flag(help: "Include the removed blocks, with their reasons: under metadata.extra.stripped of JSON output (stream: in each line, as \"stripped\", for any -t).")
    var includeStripped = false

    /// The widest page `--columns` and `--wrap` accept: wider is no wrapping (`--wrap none`).
    static let widestPage = 10_000
    /// 9999-12-31T23:59:59Z, the last moment EPUB's four-digit years can show.
    static let latestSourceDate: Int64 = 253_402_300_799

    /// Every option that decides an output's bytes, as `--name value` in a fixed order: what
    /// the batch manifest compares to tell whether an output was made the way this run would.
    /// A file option counts by its name (a changed stylesheet or rules file needs --force).
    var outputSettings: [String] {
        func value<T>(_ optional: T?) -> String { optional.map { "\($0)" } ?? "-" }
        return [
            "--from \(value(from))", "--to \(value(to))", "--encoding \(value(encoding))",
            "--metadata \(metadata.joined(separator: " --metadata "))", "--compact \(compact)", "--smart \(smart)",
            "--wrap \(value(wrap))", "--columns \(columns)", "--links \(links.rawValue)", "--note-marker \(noteMarker.rawValue)", "--images \(value(images?.rawValue))",
            "--no-title-block \(noTitleBlock)", "--ascii \(ascii)", "--reference-links \(referenceLinks)",
            "--no-front-matter \(noFrontMatter)", "--fragment \(fragment)", "--css \(value(css))", "--toc-depth \(tocDepth)",
            "--chapter-level \(value(chapterLevel))", "--no-cover \(noCover)", "--resource-path \(resourcePath.joined(separator: ":"))",
            "--max-image-pixels \(maxImagePixels)", "--keep-boilerplate \(keepBoilerplate)",
            "--strip-boilerplate \(stripBoilerplate)", "--boilerplate-rules \(boilerplateRules.joined(separator: " "))",
            "--include-stripped \(includeStripped)",
        ]
    }

    /// `--encoding` as the encoding's name, checked: a label this build can decode.
    func overridingCharset() throws -> String? {
        guard let encoding else { return nil }
        guard let name = CharsetLabels.encoding(forLabel: encoding), CharsetLabels.canDecode(name) else {
            throw CommandFailure.usage("--encoding: unknown character set '\(encoding)'")
        }
        return name
    }

    /// The reader named by `-f`, or `nil` to choose per input.
    func reader() throws -> ReaderFormat? {
        guard let from else { return nil }
        guard let format = Formats.reader(named: from) else {
            throw CommandFailure.usage("-f: unknown input format '\(from)'; quire reads \(Formats.readFormatsList)")
        }
        return format
    }

    /// The writer named by `-t`, else the one for `outputPath`'s extension, else the default.
    /// An extension no writer writes (`.docx`) is an error, not the default format under a
    /// name that promises another.
    func writer(outputPath: String?) throws -> WriterFormat {
        if let to {
            guard let format = Formats.writer(named: to) else {
                throw CommandFailure.usage(
                    "-t: unknown output format '\(to)'; quire writes \(Formats.writers.map(\.name).joined(separator: ", "))")
            }
            return format
        }
        if let outputPath, outputPath != "-" {
            if let format = Formats.writer(forPath: outputPath) { return format }
            if let unwritten = Formats.unwrittenExtension(ofPath: outputPath) {
                throw CommandFailure.usage(
                    "\(outputPath): quire does not write .\(unwritten) files; it writes \(Formats.writtenFormatsList) (or name one with -t)")
            }
        }
        guard let format = Formats.writer(named: Formats.defaultWriterName) else {
            throw CommandFailure.usage("-t: name an output format; quire writes \(Formats.writers.map(\.name).joined(separator: ", "))")
        }
        return format
    }

    func pipeline(outputPath: String?, fetching: FetchingOptions) throws -> Pipeline {
        let writer = try writer(outputPath: outputPath)
        guard (1...6).contains(tocDepth) else { throw CommandFailure.usage("--toc-depth: must be between 1 and 6, got \(tocDepth)") }
        if let chapterLevel, !(0...6).contains(chapterLevel) {
            throw CommandFailure.usage("--chapter-level: must be between 0 and 6, got \(chapterLevel)")
        }
        var options = FormatOptions()
        options.htmlWriter.fragment = fragment
        options.epubWriter.tocDepth = tocDepth
        options.epubWriter.chapterLevel = chapterLevel
        options.epubWriter.includesCover = !noCover
        options.epubWriter.modificationTime = try modificationTime()
        if let css { try applyStylesheet(css, writer: writer, to: &options) }
        options.jsonWriter.compact = compact
        options.markdownReader.smartPunctuation = smart
        options.markdownWriter.referenceLinks = referenceLinks
        options.markdownWriter.frontMatter = !noFrontMatter
        guard (10...Self.widestPage).contains(columns) else {
            throw CommandFailure.usage("--columns: must be between 10 and \(Self.widestPage), got \(columns)")
        }
        options.textWriter = TextWriter.Options(
            columns: columns, wrap: .auto, links: links, images: images, includesTitleBlock: !noTitleBlock, asciiOnly: ascii,
            noteMarker: noteMarker)
        switch wrap {
        case nil: break
        case "none"?:
            options.textWriter.wrap = .none
        case "auto"?:
            options.markdownWriter.wrapColumns = columns
        case let value?:
            guard let width = Int(value), (20...Self.widestPage).contains(width) else {
                throw CommandFailure.usage(
                    "--wrap: expects auto, none or a number of columns between 20 and \(Self.widestPage), got '\(value)'")
            }
            options.textWriter.columns = width
            options.markdownWriter.wrapColumns = width
        }
        let overrides = try metadata.map { pair -> (key: String, value: String) in
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CommandFailure.usage("--metadata: expects key=value, got '\(pair)'")
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
        if includeStripped, writer.name != WriterFormat.json.name {
            throw CommandFailure.usage("--include-stripped: needs JSON output (-t json)")
        }
        let searchPaths = resourcePath.flatMap { $0.split(separator: ":").map(String.init) }
        guard (0...Self.widestPage).contains(maxImagePixels) else {
            throw CommandFailure.usage("--max-image-pixels: must be between 0 and \(Self.widestPage), got \(maxImagePixels)")
        }
        var resourceLoader = fetching.resourceLoader(searchPaths: searchPaths)
        resourceLoader.maximumImageSide = maxImagePixels == 0 ? nil : maxImagePixels
        return Pipeline(
            reader: try reader(), writer: writer, options: options, metadataOverrides: overrides,
            resourceLoader: resourceLoader, boilerplate: try boilerplate())
    }

    /// `--keep-boilerplate`, `--strip-boilerplate` and the rules files.
    private func boilerplate() throws -> BoilerplateOptions {
        if keepBoilerplate, stripBoilerplate {
            throw CommandFailure.usage("--keep-boilerplate: cannot be used with --strip-boilerplate")
        }
        var options = BoilerplateOptions(
            policy: keepBoilerplate ? .keep : stripBoilerplate ? .strip : .automatic, includesStripped: includeStripped)
        for path in boilerplateRules {
            let text: String
            do {
                text = String(decoding: try FileAccess.read(path), as: UTF8.self)
            } catch {
                throw CommandFailure.conversion(error)
            }
            do {
                options.rules = options.rules.adding(try BoilerplateRules(parsing: text, source: path))
            } catch {
                throw CommandFailure.usage(String(describing: error))
            }
        }
        return options
    }

    /// `SOURCE_DATE_EPOCH` (reproducible-builds.org) when set, so two runs give identical books;
    /// otherwise now.
    private func modificationTime() throws -> Int64 {
        guard let value = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }), !value.isEmpty else {
            return Int64(time(nil))
        }
        guard let seconds = Int64(value), (0...Self.latestSourceDate).contains(seconds) else {
            throw CommandFailure.usage(
                "SOURCE_DATE_EPOCH: must be a number of seconds since 1970 (at most \(Self.latestSourceDate)), got '\(value)'")
        }
        return seconds
    }

    /// A URL is linked from an HTML page; a file's text is embedded (HTML) or replaces the
    /// book's stylesheet (EPUB, which may not refer to remote styles).
    private func applyStylesheet(_ css: String, writer: WriterFormat, to options: inout FormatOptions) throws {
        let isURL = ["http", "https"].contains(css.split(separator: ":").first.map { $0.lowercased() } ?? "")
        if isURL {
            guard !writer.isBook else { throw CommandFailure.usage("--css: \(writer.name) output needs a local file, not a URL") }
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
