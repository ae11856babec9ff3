import Quire
import QuireDocument
import Testing

@Suite struct FormatsTests {
    @Test func findsFormatsByNameAliasAndExtension() {
        #expect(Formats.reader(named: "JSON")?.name == "json")
        #expect(Formats.writer(named: "json")?.name == "json")
        #expect(Formats.reader(named: "docx") == nil)
        #expect(Formats.reader(forPath: "dir.v2/notes.JSON")?.name == "json")
        #expect(Formats.writer(forPath: "out/book.json")?.name == "json")
        #expect(Formats.reader(forPath: "dir.json/README") == nil)
        #expect(Formats.reader(forPath: ".json") == nil)
    }

    @Test func everyFormatHasAUniqueName() {
        for formats in [Formats.readers.map { [$0.name] + $0.aliases }, Formats.writers.map { [$0.name] + $0.aliases }] {
            let names = formats.flatMap { $0 }
            #expect(Set(names).count == names.count)
        }
        #expect(Formats.writer(named: Formats.defaultWriterName) != nil)
    }

    @Test func sniffsATreeFromItsContent() {
        let tree = Array(SampleDocuments.kitchenSink.json.serialized(pretty: false))
        #expect(Formats.reader(sniffing: tree)?.name == "json")
        #expect(Formats.reader(sniffing: Array(" \n{\"format\": \"quire-document\"}".utf8))?.name == "json")
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><body><p>x</p>", "html"),
        ("\u{FEFF}  <html lang=en>", "html"),
        ("<P CLASS=lead>Upper-case tags", "html"),
        ("<!DocType HTML>" + String(repeating: "<div>", count: 2000), "html"),
        ("<p\u{0301}>an accent on the tag name is not a paragraph", "text"),
        ("---\ntitle: x\n---\n\nBody", "markdown"),
        ("Intro\n\n## Section\n\nText", "markdown"),
        ("See [this](https://example.com).", "markdown"),
        ("| a | b |\n|---|---|", "markdown"),
        ("Just a line of text.\n\nAnother #hashtag paragraph.", "text"),
        ("<https://news.example/a>\n\nTitle\n\nSee [this](https://example.com).", "text"),
        ("{\"not\": \"a tree\"}", "text"),
    ])
    func sniffsOtherFormats(text: String, expected: String) {
        #expect(Formats.sniffedFormatName(of: Array(text.utf8)) == expected)
    }
}
