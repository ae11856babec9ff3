import Foundation
import Testing

/// Input nested thousands deep, converted by the built `quire` to every output format: no
/// crash (a stack overflow shows here as a signal exit), every word after the deep part kept,
/// and a warning that the nesting was flattened. `<table><caption>` nested 8,000 deep (128 KB)
/// overflowed the stack and took a whole batch down with it.
@Suite struct DeepNestingCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var fileExtension: String
        /// The input, with `levels` words `w` in the nesting and `deepest` at the bottom.
        var text: String
        var levels: Int
        /// Whether the tree had to be flattened: elements that add no level to it (`ruby`) do not.
        var flattens = true
        /// The formats whose output is flattened, when not all: raw HTML is flattened only by the
        /// writers that cannot carry it.
        var flattenedFormats: Set<String>?
        var testDescription: String { name }

        /// Each level opens `open` followed by a word; then `deepest`, then the closings.
        static func html(_ name: String, _ open: String, _ close: String, levels: Int = 8_000, flattens: Bool = true) -> Case {
            var html = "<p>before</p>"
            html.reserveCapacity(levels * (open.utf8.count + close.utf8.count + 2) + 64)
            for _ in 0..<levels { html += open + "w " }
            html += "deepest"
            for _ in 0..<levels { html += close }
            return Case(name: name, fileExtension: "html", text: html + "<p>after</p>", levels: levels, flattens: flattens)
        }
    }

    static let formats = ["html", "markdown", "text", "json", "epub"]

    static let cases: [Case] = {
        var cases: [Case] = [
            .html("table caption", "<table><caption>", "</caption></table>"),
            .html("table cell", "<table><tr><td>x</td><td>", "</td></tr></table>"),
            .html("table in table", "<table>", "</table>"),
            .html("list item", "<ul><li>", "</li></ul>"),
            .html("ordered list", "<ol start=\"9223372036854775807\"><li>", "</li></ol>"),
            .html("block quote", "<blockquote>", "</blockquote>"),
            .html("definition", "<dl><dt>t</dt><dd>", "</dd></dl>"),
            .html("term", "<dl><dt>", "</dt></dl>"),
            .html("figure caption", "<figure><figcaption>", "</figcaption></figure>", levels: 30_000),
            .html("details", "<details><summary>s</summary>", "</details>"),
            .html("section", "<section>", "</section>"),
            .html("superscript", "<sup>", "</sup>"),
            .html("emphasis", "<em>", "</em>"),
            .html("link", "<a href=\"https://example.org/\"><b>", "</b></a>"),
            .html("svg", "<svg><title>", "</title></svg>", flattens: false),
            .html("ruby", "<ruby>", "</ruby>", flattens: false),
            .html(
                "everything", "<div class=\"c\"><table><tr><td><ul><li><blockquote><dl><dd><figure><figcaption><em><sup>",
                "</sup></em></figcaption></figure></dd></dl></blockquote></li></ul></td></tr></table></div>",
                levels: 2_000),
        ]
        let levels = 8_000
        cases.append(
            Case(
                name: "Markdown quotation", fileExtension: "md",
                text: "before\n\n> w\n" + String(repeating: "> ", count: levels) + "deepest\n\nafter\n",
                levels: 1))
        cases.append(
            Case(
                name: "Markdown list", fileExtension: "md",
                text: "before\n\n- w\n" + String(repeating: "- ", count: levels) + "deepest\n\nafter\n",
                levels: 1))
        cases.append(
            Case(
                name: "Markdown raw HTML in quotations", fileExtension: "md",
                text: "before\n\n" + String(repeating: "> ", count: 150) + String(repeating: "<table><caption>w ", count: levels)
                    + "deepest" + String(repeating: "</caption></table>", count: levels) + "\n\nafter\n",
                levels: levels, flattenedFormats: ["text", "epub"]))
        cases.append(
            Case(
                name: "text quotation", fileExtension: "txt",
                text: "before\n\n" + (1...300).map { String(repeating: "> ", count: $0) + "w\n" }.joined()
                    + String(repeating: "> ", count: 300) + "deepest\n\nafter\n",
                levels: 300))
        let paragraph = { (word: String) in #"{"type":"paragraph","content":[{"type":"text","text":"\#(word)"}]}"# }
        let quotations = 590
        cases.append(
            Case(
                name: "JSON quotation", fileExtension: "json",
                text: #"{"format":"quire-document","version":1,"blocks":["# + paragraph("before") + ","
                    + String(repeating: paragraph("w") + #",{"type":"block_quote","content":["#, count: quotations)
                    + paragraph("deepest") + String(repeating: "]}", count: quotations) + "," + paragraph("after") + "]}",
                levels: quotations))
        let emphases = 595
        cases.append(
            Case(
                name: "JSON emphasis", fileExtension: "json",
                text: #"{"format":"quire-document","version":1,"blocks":["# + paragraph("before")
                    + #",{"type":"paragraph","content":["#
                    + String(repeating: #"{"type":"text","text":"w "},{"type":"emphasis","content":["#, count: emphases)
                    + #"{"type":"text","text":"deepest"}"# + String(repeating: "]}", count: emphases) + "]},"
                    + paragraph("after") + "]}",
                levels: emphases))
        return cases
    }()

    /// The ASCII words of an output, whatever its format: runs of letters outside markup.
    /// (Read byte by byte: a regular expression took most of the test's time.)
    static func words(of output: URL, format: String) throws -> [String] {
        var data: Data
        if format == "epub" {
            let unzip = Process()
            unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            unzip.arguments = ["unzip", "-p", output.path, "*.xhtml", "-x", "*nav.xhtml"]
            let pipe = Pipe()
            unzip.standardOutput = pipe
            try unzip.run()
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            unzip.waitUntilExit()
        } else {
            data = try Data(contentsOf: output)
        }
        let skipsTags = format == "html" || format == "epub"
        var words: [String] = []
        var word: [UInt8] = []
        var inTag = false
        for byte in data {
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            if isLetter, !inTag {
                word.append(byte)
                continue
            }
            if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
            if skipsTags, byte == UInt8(ascii: "<") { inTag = true }
            if skipsTags, byte == UInt8(ascii: ">") { inTag = false }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    @Test(arguments: cases)
    func convertsToEveryFormatKeepingEveryWord(_ input: Case) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("deep.\(input.fileExtension)", input.text)
        for format in Self.formats {
            let output = scratch.url.appendingPathComponent("out.\(format)")
            let run = try QuireProcess.run(
                ["convert", file.path, "-t", format, "-o", output.path], environment: ["SWIFT_BACKTRACE": "enable=no"])
            #expect(run.status == 0, "\(input.name) to \(format): \(run.standardError.prefix(300))")
            guard run.status == 0 else { continue }
            #expect(
                !input.flattens || input.flattenedFormats.map { !$0.contains(format) } == true
                    || run.standardError.contains("nested deeper than 200 levels were flattened")
                    || run.standardError.contains("nesting deeper than 200 levels was flattened")
                    || run.standardError.contains("lists or quotes nested deeper than 200 levels were read as paragraphs"),
                "\(input.name) to \(format): \(run.standardError)")
            let words = try Self.words(of: output, format: format)
            #expect(words.filter { $0 == "w" }.count == input.levels, "\(input.name) to \(format)")
            #expect(words.contains("before") && words.contains("deepest") && words.contains("after"), "\(input.name) to \(format)")
            #expect(words.lastIndex(of: "after").map { $0 > (words.lastIndex(of: "deepest") ?? .max) } == true,
                "\(input.name) to \(format)")
        }
    }

    /// One deep page among ordinary ones: the batch converts them all and prints its summary.
    @Test func aBatchSurvivesDeepInputs() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for input in Self.cases.prefix(4) {
            try Data(input.text.utf8).write(to: folder.appendingPathComponent("\(input.name).\(input.fileExtension)"))
        }
        for index in 1...6 {
            try Data("# Page \(index)\n\nText.\n".utf8).write(to: folder.appendingPathComponent("page\(index).md"))
        }
        for format in ["text", "epub"] {
            let run = try QuireProcess.run(
                ["batch", "in", "-t", format, "-o", "out-\(format)", "-j", "2"], in: scratch.url,
                environment: ["SWIFT_BACKTRACE": "enable=no"])
            #expect(run.status == 0, "\(run.standardError.suffix(500))")
            #expect(run.standardError.contains("10 converted, 0 skipped, 0 failed"), "\(run.standardError.suffix(500))")
        }
    }
}
