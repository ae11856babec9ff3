import Foundation
import QuireDocument
import Testing

@testable import Quire

/// Properties of text output checked on many generated documents and texts: width, trailing
/// spaces, idempotence through the reader, and that no word is lost.
@Suite struct TextRoundTripTests {
    static let columnChoices = [20, 33, 50, 72, 100]

    // MARK: Width and trailing spaces

    /// Tables are left out: a table whose longest words cannot stand side by side is wider
    /// than the page (`wideTablesWrapTheirCells` covers tables that fit).
    @Test func linesNeverExceedTheColumnsExceptForSingleWiderWords() {
        var generator = DocumentGenerator(seed: 7)
        generator.includesTables = false
        for round in 0..<60 {
            let document = generator.document()
            for columns in Self.columnChoices {
                let text = writeText(document, TextWriter.Options(columns: columns))
                for line in text.split(separator: "\n") where TerminalWidth.of(line) > columns {
                    // Indentation, then at most a list or note marker and one word; `Source:`
                    // stays on its URL's line.
                    let tokens = line.split(separator: " ")
                    let markers = tokens.dropLast().filter { $0 == "-" || $0 == "Source:" || $0 == "[x]" || $0 == "[" || $0 == "]" || $0.last == "." || ($0.first == "[" && $0.last == "]") }
                    #expect(tokens.count - markers.count == 1, "round \(round), \(columns) columns: \(line)")
                }
            }
        }
    }

    @Test func noLineEverEndsWithASpace() {
        var generator = DocumentGenerator(seed: 11)
        for _ in 0..<60 {
            let document = generator.document()
            for options in [TextWriter.Options(columns: 30), TextWriter.Options(wrap: .none), TextWriter.Options(links: .inline, asciiOnly: true)] {
                let text = writeText(document, options)
                #expect(!text.split(separator: "\n").contains { $0.last == " " || $0.last == "\t" })
                #expect(text.isEmpty || (text.hasSuffix("\n") && !text.hasSuffix("\n\n")))
            }
        }
    }

    // MARK: Idempotence

    @Test func writingWhatWasReadGivesTheSameText() {
        var generator = DocumentGenerator(seed: 3)
        for round in 0..<60 {
            let document = generator.document()
            for options in [TextWriter.Options(), TextWriter.Options(columns: 40, links: .inline), TextWriter.Options(wrap: .none)] {
                let first = writeText(document, options)
                let second = writeText(readText(first), options)
                #expect(first == second, "round \(round): \(firstDifference(first, second))")
            }
        }
    }

    @Test(arguments: [TextWriter.Options(), TextWriter.Options(columns: 50, links: .inline), TextWriter.Options(wrap: .none, asciiOnly: true)])
    func theFixtureIsStableThroughTheReader(_ options: TextWriter.Options) throws {
        let first = writeText(readText(try fixture("article.txt")), options)
        let second = writeText(readText(first), options)
        #expect(first == second, "\(firstDifference(first, second))")
    }

    @Test func theKitchenSinkIsStableThroughTheReader() {
        let first = writeText(SampleDocuments.kitchenSink, TextWriter.Options())
        #expect(first == writeText(readText(first), TextWriter.Options()), "\(firstDifference(first, writeText(readText(first), TextWriter.Options())))")
    }

    // MARK: No word lost

    @Test func everyWordOfGeneratedTextSurvives() {
        var generator = DocumentGenerator(seed: 5)
        for round in 0..<80 {
            let input = generator.plainText()
            for options in [TextWriter.Options(columns: 25), TextWriter.Options(wrap: .none, links: .inline)] {
                let output = writeText(readText(input), options)
                let missing = missingWords(from: input, in: output)
                #expect(missing.isEmpty, "round \(round): lost \(missing)\n\(input)")
            }
        }
    }

    @Test func everyWordOfTheFixtureSurvives() throws {
        let input = try fixture("article.txt")
        let withoutHeader = TextReader.Options(readsArticleHeader: false)
        let output = writeText(readText(input, withoutHeader), TextWriter.Options(columns: 60))
        #expect(missingWords(from: input, in: output).isEmpty)
        // With the header read, its words move to the metadata; the body's all stay.
        let document = readText(input)
        let body = input.components(separatedBy: "reserved**\n").last ?? ""
        #expect(missingWords(from: body, in: writeText(document, TextWriter.Options())).isEmpty)
    }

    // MARK: Helpers

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixturesDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    func readText(_ text: String, _ options: TextReader.Options = TextReader.Options()) -> Document {
        var warnings: [ConversionWarning] = []
        return TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "round-trip.txt"), options: options, warnings: &warnings)
    }

    func writeText(_ document: Document, _ options: TextWriter.Options) -> String {
        String(decoding: TextWriter.write(document, options: options), as: UTF8.self)
    }

    /// Words (runs of letters and digits; each ideograph on its own) of `input` that `output`
    /// has fewer of.
    func missingWords(from input: String, in output: String) -> [String] {
        var counts: [String: Int] = [:]
        for word in words(output) { counts[word, default: 0] += 1 }
        var missing: [String] = []
        for word in words(input) {
            if counts[word, default: 0] > 0 { counts[word]! -= 1 } else { missing.append(word) }
        }
        return missing
    }

    func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.precomposed {
            let isIdeograph = character.unicodeScalars.first.map { TerminalWidth.allowsBreakBetween($0) } ?? false
            if isIdeograph {
                if !current.isEmpty { result.append(current) }
                result.append(String(character))
                current = ""
            } else if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    func firstDifference(_ a: String, _ b: String) -> String {
        let linesA = a.split(separator: "\n", omittingEmptySubsequences: false)
        let linesB = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(linesA.count, linesB.count) {
            let left = index < linesA.count ? String(linesA[index]) : "<end>"
            let right = index < linesB.count ? String(linesB[index]) : "<end>"
            if left != right { return "line \(index + 1): \(left.debugDescription) vs \(right.debugDescription)\n--- first:\n\(a)" }
        }
        return "same"
    }
}

/// Random but reproducible documents and texts (SplitMix64), from a vocabulary that mixes
/// English, accented and combining Latin, Chinese, Japanese, Korean, emoji and long URLs.
struct DocumentGenerator {
    var state: UInt64
    var includesTables = true

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    static let vocabulary = [
        "tide", "mill", "the", "wheel", "turns", "again", "flour", "water", "gates", "pond", "sluice", "oak", "stone",
        "volunteers", "grinding", "estuary", "weatherboard", "millstones", "restoration", "Brackwater", "Penhallow",
        "café", "crème", "naïve", "Ångström", "cafe\u{301}", "e\u{308}te\u{301}", "潮汐", "磨坊再次转动", "水車が回る。",
        "조력", "방앗간이", "🌊", "🇬🇧", "3,000", "1791", "—", "“quoted”", "it’s", "well-known", "£412,000",
    ]
    static let url = "https://www.brackwatermill.example/visit/tides/2025/summer-timetable-and-demonstrations"
    static let longWords = ["Donaudampfschifffahrtsgesellschaftskapitänswitwe", "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung"]

    mutating func word() -> String {
        below(40) == 0 ? Self.longWords[below(Self.longWords.count)] : Self.vocabulary[below(Self.vocabulary.count)]
    }

    mutating func words(_ range: ClosedRange<Int>) -> String {
        (0..<(range.lowerBound + below(range.count))).map { _ in word() }.joined(separator: " ")
    }

    /// Running text with emphasis and links, or now and then short lines kept apart by line
    /// breaks, as in an address (a break after a full line of prose cannot be told from
    /// wrapping once written, so none is generated).
    mutating func inlines() -> [Inline] {
        if below(10) == 0 {
            let lines = (0..<(2 + below(3))).map { _ in Inline.text("Mill " + words(1...2)) }
            return Array(lines.map { [$0] }.joined(separator: [.lineBreak]))
        }
        var result: [Inline] = []
        for index in 0..<(1 + below(6)) {
            if index > 0 { result.append(.text(" ")) }
            switch below(9) {
            case 0: result.append(.strong([.text(words(1...3))]))
            case 1: result.append(.emphasis([.text(words(1...3))]))
            case 2: result.append(.link(Link(url: "https://mill.example/\(below(5))", content: [.text(words(1...3))])))
            case 3: result.append(.link(Link(url: Self.url, content: [.text(Self.url)])))
            default: result.append(.text(words(2...12)))
            }
        }
        return result
    }

    mutating func block(depth: Int) -> Block {
        switch depth > 2 ? 0 : below(9) {
        case 1: return .heading(Heading(level: 1 + below(4), content: [.text(words(1...6))]))
        case 2: return .bulletList(BulletList(isTight: below(2) == 0, items: items(depth: depth)))
        case 3: return .orderedList(OrderedList(start: 1 + below(12), isTight: below(2) == 0, items: items(depth: depth)))
        case 4: return .blockQuote([.paragraph(inlines())])
        case 5 where depth == 0 && includesTables: return table()
        default: return .paragraph(inlines())
        }
    }

    mutating func items(depth: Int) -> [ListItem] {
        (0..<(1 + below(4))).map { _ in
            var content: [Block] = [.paragraph(inlines())]
            if below(4) == 0 { content.append(block(depth: depth + 1)) }
            return ListItem(content: content)
        }
    }

    mutating func table() -> Block {
        let columns = 2 + below(3)
        func row() -> TableRow {
            TableRow(cells: (0..<columns).map { _ in [.paragraph([.text(words(1...4))])] })
        }
        return .table(Table(alignments: (0..<columns).map { _ in Table.Alignment.allCases[below(4)] }, headerRows: [row()], bodyRows: [row(), row()]))
    }

    mutating func document() -> Document {
        var blocks: [Block] = []
        for _ in 0..<(2 + below(8)) { blocks.append(block(depth: 0)) }
        if below(3) == 0 {
            blocks.append(.paragraph([.text(words(2...5)), .footnoteReference("a")]))
            blocks.append(.footnoteDefinition(FootnoteDefinition(label: "a", content: [.paragraph([.text(words(3...20))])])))
        }
        let authors = Array(["Nell Marchbank", "Ada Quill", "Bo Harrow", "Cy Moss", "Dee Penrose"].prefix(1 + below(5)))
        let metadata = below(2) == 0 ? Metadata() : Metadata(
            title: "Tide " + words(1...4), subtitle: below(2) == 0 ? nil : "The " + words(2...12), authors: authors,
            date: DocumentDate(iso8601: "2025-06-14"), sourceURL: below(2) == 0 ? nil : "https://ledger.example/mill")
        return Document(metadata: metadata, blocks: blocks)
    }

    /// Plain text as people write it: wrapped paragraphs, lists, quotes, titles.
    mutating func plainText() -> String {
        var parts: [String] = []
        for _ in 0..<(2 + below(8)) {
            let width = 30 + below(50)
            switch below(6) {
            case 0: parts.append(words(1...5))
            case 1: parts.append((0..<(1 + below(4))).map { _ in "- " + wrapped(words(3...20), width).joined(separator: "\n  ") }.joined(separator: "\n"))
            case 2: parts.append((1...(1 + below(4))).map { "\($0). " + words(3...12) }.joined(separator: "\n\n"))
            case 3: parts.append(wrapped(words(5...30), width).map { "> " + $0 }.joined(separator: "\n"))
            default: parts.append(wrapped(words(5...60), width).joined(separator: "\n"))
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    func wrapped(_ text: String, _ width: Int) -> [String] { LineWrapping.wrap(text, width: width) }
}
