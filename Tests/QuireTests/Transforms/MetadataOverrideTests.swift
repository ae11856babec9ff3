import Quire
import QuireDocument
import Testing

@Suite struct MetadataOverrideTests {
    @Test func setsKnownFieldsByTheirCommandLineNames() throws {
        var metadata = Metadata()
        try metadata.set("title", to: "A = B")
        try metadata.set("author", to: "Ada Lovelace; Charles Babbage")
        try metadata.set("lang", to: "fr")
        try metadata.set("date", to: "2026-01-04")
        try metadata.set("source-url", to: "https://example.com")
        try metadata.set("tags", to: "a;b")
        try metadata.set("Series", to: "Crafts")
        #expect(
            metadata
                == Metadata(
                    title: "A = B", authors: ["Ada Lovelace", "Charles Babbage"], date: DocumentDate(iso8601: "2026-01-04"),
                    language: "fr", sourceURL: "https://example.com", keywords: ["a", "b"], extra: ["Series": .string("Crafts")]))
    }

    @Test func theTextDirectionIsLtrOrRtl() throws {
        var metadata = Metadata()
        try metadata.set("dir", to: "RTL")
        #expect(metadata.direction == .rightToLeft)
        try metadata.set("direction", to: "ltr")
        #expect(metadata.direction == .leftToRight)
        let error = #expect(throws: MetadataOverrideError.self) { try metadata.set("dir", to: "right") }
        #expect(error?.description == "--metadata dir: \"right\" is not a text direction (ltr or rtl)")
        #expect(metadata.extra.isEmpty)
    }

    @Test func rejectsADateThatIsNotISO8601() {
        var metadata = Metadata()
        #expect(throws: MetadataOverrideError.self) { try metadata.set("date", to: "4 January 2026") }
        #expect(metadata.date == nil)
    }
}
