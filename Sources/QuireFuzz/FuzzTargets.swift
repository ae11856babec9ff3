import Glibc
import Quire
import QuireDocument

/// What each fuzz target does with one input. A crash, a trap (overflow, index out of range,
/// force-unwrapped `nil`) or a broken invariant below ends the process, which is what libFuzzer
/// reports; a reader refusing an input (bad JSON, bad front matter) is not a failure.
public enum FuzzTargets {
    /// The bytes libFuzzer hands a target, copied.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Reads `bytes` with `reader`, runs the boilerplate transforms, then writes the tree with
    /// every writer and checks the JSON round trip. The options come from a hash of the bytes,
    /// so each input always runs the same way and mutations try other options too.
    public static func readAndWrite(_ reader: ReaderFormat, _ bytes: [UInt8]) {
        var choices = FuzzBytes(hashBytes(bytes))
        let options = formatOptions(&choices)
        let boilerplate = BoilerplateOptions(
            policy: choices.pick([BoilerplateOptions.Policy.automatic, .strip, .keep]), includesStripped: choices.chance(30))
        let writesBook = choices.chance(25)
        let streams = choices.chance(25)
        let input = ReaderInput(
            bytes: bytes, name: "fuzz." + (reader.extensions.first ?? reader.name),
            baseURL: choices.chance(50) ? "https://example.com/a/page.html" : nil,
            charset: choices.chance(10) ? choices.pick(["utf-8", "windows-1252", "shift_jis", "utf-16", "bogus"]) : nil)

        var warnings: [ConversionWarning] = []
        var stripped: [StrippedBlock] = []
        let read: Document
        do {
            read = try reader.read(input, options, &warnings)
        } catch let error as HTMLReaderError {
            // Without libxml2 every page would be refused and the target would test nothing.
            if case .parserUnavailable = error { fail("\(error)", Document()) }
            return
        } catch {
            return
        }
        let pipeline = Pipeline(reader: reader, writer: .json, options: options, boilerplate: boilerplate)
        let document = pipeline.clean(read, readBy: reader, file: input.name, warnings: &warnings, stripped: &stripped)
        writeEverything(document, options, book: writesBook, streams: streams)
    }

    /// Decodes `bytes` into a tree (`FuzzTree`), writes it with every writer and reads back what
    /// can be read: JSON must give the same tree, Markdown and HTML must be readable.
    public static func writeTree(_ bytes: [UInt8]) {
        // The first bytes choose the options, the rest the tree.
        var choices = FuzzBytes(Array(bytes.prefix(12)))
        let options = formatOptions(&choices)
        let document = FuzzTree.document(from: Array(bytes.dropFirst(12)))
        let outputs = writeEverything(document, options, book: true, streams: choices.chance(50))

        var warnings: [ConversionWarning] = []
        do {
            _ = try MarkdownReader.read(ReaderInput(bytes: outputs["markdown"] ?? [], name: "written.md"), warnings: &warnings)
        } catch {
            let markdown = String(decoding: (outputs["markdown"] ?? []).prefix(2000), as: UTF8.self)
            fail("the Markdown writer's output could not be read back: \(error)\n\(markdown)", document)
        }
        do {
            _ = try HTMLReader.read(ReaderInput(bytes: outputs["html"] ?? [], name: "written.html"), warnings: &warnings)
        } catch {
            fail("the HTML writer's output could not be read back: \(error)", document)
        }
        _ = TextReader.read(ReaderInput(bytes: outputs["text"] ?? [], name: "written.txt"), warnings: &warnings)
    }

    /// Every writer on `document` (EPUB only when `book`), each streaming writer checked against
    /// its whole output when `streams`, and the JSON round trip.
    @discardableResult
    static func writeEverything(
        _ document: Document, _ options: FormatOptions, book: Bool, streams: Bool
    ) -> [String: [UInt8]] {
        var outputs: [String: [UInt8]] = [:]
        for writer in Formats.writers where book || !writer.isBook {
            let whole: [UInt8]
            do {
                whole = try writer.write(document, options)
            } catch {
                fail("the \(writer.name) writer failed: \(error)", document)
            }
            if streams, writer.stream != nil {
                var pieces: [UInt8] = []
                do {
                    try writer.output(document, options) { pieces += $0 }
                } catch {
                    fail("the \(writer.name) writer failed while streaming: \(error)", document)
                }
                if pieces != whole { fail("the \(writer.name) writer streams other bytes than it writes", document) }
            }
            outputs[writer.name] = whole
        }
        // Compact: pretty JSON of a deep tree is mostly indentation, which the parser skips slowly
        // in a debug build (the JSON writer's pretty form was written above).
        let json = JSONWriter.write(document, options: .init(compact: true))
        let back: Document
        do {
            back = try JSONReader.read(ReaderInput(bytes: json, name: "written.json"))
        } catch {
            fail("the JSON writer's output could not be read back: \(error)", document)
        }
        if back != document {
            fail("the JSON round trip changed the tree\n\(firstDifference(back, document))", document)
        }
        return outputs
    }

    /// Reader and writer options, chosen by `choices`: defaults half the time, else odd ones.
    static func formatOptions(_ choices: inout FuzzBytes) -> FormatOptions {
        var options = FormatOptions()
        guard choices.chance(50) else { return options }
        options.markdownReader.smartPunctuation = choices.chance(50)
        options.textReader.readsArticleHeader = choices.chance(70)
        options.jsonWriter.compact = choices.chance(50)
        options.markdownWriter = MarkdownWriter.Options(
            wrapColumns: choices.pick([nil, 1, 2, 20, 72]), referenceLinks: choices.chance(30),
            frontMatter: choices.chance(80))
        options.textWriter = TextWriter.Options(
            columns: choices.pick([72, 1, 2, 8, 40, 500]), wrap: choices.pick(TextWriter.Options.Wrap.allCases),
            links: choices.pick(TextWriter.Options.LinkStyle.allCases),
            images: choices.pick([nil, .describe, TextWriter.Options.ImageStyle.none]), includesTitleBlock: choices.chance(70),
            asciiOnly: choices.chance(30))
        options.htmlWriter = HTMLWriter.Options(
            fragment: choices.chance(30),
            stylesheet: choices.pick([.default, .embedded("p { color: red } </style><script>"), .linked("a\"b.css")]))
        options.epubWriter = EPUBWriter.Options(
            tocDepth: choices.pick([3, 0, 1, 6, 7]), chapterLevel: choices.pick([nil, 0, 1, 2, 6]),
            stylesheet: choices.chance(20) ? "body {}" : nil, modificationTime: choices.pick([nil, 0, 1_700_000_000]))
        return options
    }

    /// 16 bytes of FNV-1a hashes of `bytes`, to choose options from.
    static func hashBytes(_ bytes: [UInt8]) -> [UInt8] {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x100_0000_01b3 &+ 1
        }
        return (0..<8).map { UInt8(truncatingIfNeeded: first >> ($0 * 8)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: second >> ($0 * 8)) }
    }

    /// Ends the process with `message` and the start of the tree, which libFuzzer reports as a
    /// crash (its input saved as `crash-...`). With QUIRE_FUZZ_TREE=FILE the whole tree is
    /// written to FILE as JSON, to convert with `quire convert FILE`.
    static func fail(_ message: String, _ document: Document) -> Never {
        var text = "quire fuzz: \(message)\n"
        let json = JSONWriter.write(document, options: .init(compact: true))
        if let path = getenv("QUIRE_FUZZ_TREE"), let file = fopen(path, "wb") {
            _ = json.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            fclose(file)
            text += "tree written to \(String(cString: path))\n"
        }
        let start = String(decoding: json.prefix(4000), as: UTF8.self)
        text += "tree: " + start + (json.count > 4000 ? "..." : "") + "\n"
        printError(text)
        abort()
    }

    /// Where two trees first differ: the top-level part and both versions of it, as JSON.
    static func firstDifference(_ got: Document, _ expected: Document) -> String {
        func json(_ document: Document) -> String {
            String(decoding: JSONWriter.write(document, options: .init(compact: true)), as: UTF8.self)
        }
        if got.metadata != expected.metadata {
            return "metadata: read back \(json(Document(metadata: got.metadata)))\n  written \(json(Document(metadata: expected.metadata)))"
        }
        if got.resources != expected.resources { return "resources differ" }
        guard let index = zip(got.blocks, expected.blocks).enumerated().first(where: { $1.0 != $1.1 })?.offset else {
            return "block counts differ: \(got.blocks.count) read back, \(expected.blocks.count) written"
        }
        return "blocks[\(index)]: read back \(json(Document(blocks: [got.blocks[index]])))\n  written \(json(Document(blocks: [expected.blocks[index]])))"
    }
}

/// Writes `text` to standard error as it is.
func printError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}
