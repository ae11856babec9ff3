@testable import Quire
import Testing

/// `HTMLTag`'s names are a written-out table; each must be its case's own name, in case order.
@Suite struct HTMLTagTests {
    static let allTags: [HTMLTag] = (0...UInt8.max).compactMap { HTMLTag(rawValue: $0) }

    @Test func everyTagIsNamedAsItsCase() throws {
        // A case added without its name would be read past the table's end.
        try #require(Self.allTags.count == 128)
        for tag in Self.allTags {
            #expect(tag.name == String(describing: tag), "\(tag.rawValue)")
        }
    }

    @Test func everyElementNameFindsItsTag() {
        for tag in Self.allTags where tag.rawValue >= HTMLTag.html.rawValue {
            #expect(HTMLTag(name: tag.name) == tag)
        }
        #expect(HTMLTag(name: "document") == .other)
        #expect(HTMLTag(name: "text") == .other)
        #expect(HTMLTag(name: "marquee") == .other)
        #expect(HTMLTag(name: "var") == .var)
    }
}
