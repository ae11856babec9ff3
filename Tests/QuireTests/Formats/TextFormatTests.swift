import Foundation
import Quire
import QuireDocument
import Testing

@Suite struct TextFormatTests {
    @Test func textIsRegisteredByNameAliasAndExtension() {
        #expect(Formats.reader(named: "text")?.name == "text")
        #expect(Formats.reader(named: "TXT")?.name == "text")
        #expect(Formats.writer(named: "plain")?.name == "text")
        #expect(Formats.writer(named: "txt")?.name == "text")
        #expect(Formats.reader(forPath: "notes/Article.TXT")?.name == "text")
        #expect(Formats.writer(forPath: "out/article.txt")?.name == "text")
        #expect(Formats.reader(sniffing: Array("Just a line of text.\n".utf8))?.name == "text")
    }

    /// Every fixture this build can read becomes text that keeps the writer's rules, and that
    /// reads back into the same text. (Readers added later are checked here automatically.)
    @Test func everyReadableFixtureWritesCleanStableText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory.path).filter { $0.hasPrefix("article.") }
        #expect(names.contains("article.txt"))
        for name in names.sorted() {
            guard let reader = Formats.reader(forPath: name), let writer = Formats.writer(named: "text") else { continue }
            let bytes = try Array(Data(contentsOf: fixturesDirectory.appendingPathComponent(name)))
            var warnings: [ConversionWarning] = []
            let document = try reader.read(ReaderInput(bytes: bytes, name: name), FormatOptions(), &warnings)
            let text = String(decoding: try writer.write(document, FormatOptions()), as: UTF8.self)

            for line in text.split(separator: "\n") {
                #expect(line.last != " ", "\(name): trailing space in \(line)")
                if TerminalWidth.of(line) > 72 {
                    #expect(line.split(separator: " ").count <= 2, "\(name): too wide: \(line)")
                }
            }
            for markup in ["**", "](", "</", "<p", "<a ", "&amp;", "&nbsp;", "&#"] {
                #expect(!text.contains(markup), "\(name): \(markup) left in the text")
            }
            #expect(text.unicodeScalars.elementsEqual(text.precomposedForTests.unicodeScalars), "\(name): not NFC")

            var rereadWarnings: [ConversionWarning] = []
            let reread = try Formats.reader(named: "text")!.read(ReaderInput(bytes: Array(text.utf8), name: "out.txt"), FormatOptions(), &rereadWarnings)
            #expect(String(decoding: try writer.write(reread, FormatOptions()), as: UTF8.self) == text, "\(name): not stable")
        }
    }
}

extension String {
    /// NFC, through the standard library's normaliser (as the writer does).
    var precomposedForTests: String { String(decoding: _nfcCodeUnits, as: UTF8.self) }
}
