@testable import Quire
import QuireDocument
import Testing

/// What a browser shows and libxml2 alone would lose: control characters, HTML5's character
/// references, elements that hold text, comments.
@Suite struct HTMLInputStreamTests {
    func words(_ body: String) throws -> [String] {
        HTMLTest.words(try HTMLTest.blocks(body))
    }

    /// The references answered without the table mean what the table says.
    @Test func commonReferencesAgreeWithTheTable() {
        for name in ["amp", "lt", "gt", "quot", "apos", "nbsp"] {
            #expect(HTMLEntityTable.common(name) != nil, "\(name)")
            #expect(HTMLEntityTable.common(name) == HTMLEntityTable.codePoints[name + ";"], "\(name)")
        }
        #expect(HTMLEntityTable.common("copy") == nil)
    }

    @Test func aNULByteMidPageLosesNothingAfterIt() throws {
        let page = "<!DOCTYPE html><html><body><p>La noticia\u{0}de hoy.</p><p>Todo lo que sigue.</p></body></html>"
        let read = try HTMLTest.read(page)
        #expect(HTMLTest.words(read.blocks) == ["La", "noticiade", "hoy.", "Todo", "lo", "que", "sigue."])
    }

    @Test func otherControlCharactersAreDroppedAndCRsBecomeNewlines() throws {
        #expect(try words("<p>a\u{1}b\u{1B}c\u{7F}d\r\ne\rf</p>") == ["abcd", "e", "f"])
    }

    @Test func anUnclosedDivInNoscriptEndsWithTheNoscript() throws {
        let blocks = try HTMLTest.blocks(
            "<p>First.</p><noscript><div><img src=\"real.jpg\" alt=\"A photo\"></noscript><p>Second.</p><p>Third.</p>")
        #expect(blocks.contains(.paragraph([.text("Second.")])))
        #expect(blocks.contains(.paragraph([.text("Third.")])))
        #expect(blocks.first == .paragraph([.text("First.")]))
    }

    @Test(arguments: [
        ("&check; &lang;&rang; &Kopf;", "✓ ⟨⟩ 𝕂"),
        ("I'm &notit; I tell you", "I'm ¬it; I tell you"),
        ("FOO&gtBAR &amp AT&T", "FOO>BAR & AT&T"),
        ("&#x80;&#150;&#x9F; &#0;&#xD800;&#x110000;", "€–Ÿ \u{FFFD}\u{FFFD}\u{FFFD}"),
        ("&#BAR &#x; &nosuchname; 5 &lt 6", "&#BAR &#x; &nosuchname; 5 < 6"),
        ("ZZ&pound_id=23", "ZZ£_id=23"),
    ])
    func characterReferencesAsHTML5ReadsThem(_ written: String, _ shown: String) throws {
        #expect(try HTMLTest.blocks("<p>\(written)</p>") == [.paragraph([.text(shown)])])
    }

    @Test func aLegacyNameBeforeEqualsInAnAttributeIsLeftAlone() throws {
        let blocks = try HTMLTest.blocks("<p><a href=\"https://example.org/?a=1&copy=2&amp;b=3&lt;\">link</a></p>")
        guard case .paragraph(let inlines) = blocks.first, case .link(let link) = inlines.first else {
            Issue.record("no link in \(blocks)")
            return
        }
        #expect(link.url.hasPrefix("https://example.org/?a=1&copy=2&b=3"), "\(link.url)")
    }

    @Test func markupInsideTextareaXmpAndPlaintextIsText() throws {
        // `plaintext` takes the rest of the page as it is written, end tags and all.
        let blocks = try HTMLTest.read("<!DOCTYPE html><xmp><div>shown as <b>written</b></xmp><p>After.</p><plaintext><p>all & the rest").blocks
        #expect(HTMLTest.words(blocks) == ["<div>shown", "as", "<b>written</b>", "After.", "<p>all", "&", "the", "rest"])
        let textarea = try HTMLTest.blocks("<textarea><div>not a div</textarea><p>Kept.</p>")
        #expect(textarea.contains(.paragraph([.text("Kept.")])))
    }

    @Test func commentsEndTheWayHTML5EndsThem() throws {
        #expect(try words("<p>FOO<!-->BAZ</p>") == ["FOOBAZ"])
        #expect(try words("<p>FOO<!--->BAZ</p>") == ["FOOBAZ"])
        #expect(try words("<p>A<!-- x --!>B</p>") == ["AB"])
        #expect(try words("<p>A<?php echo ?>B</p><p>C</ x>D</p>") == ["AB", "CD"])
    }

    @Test func aLessThanSignThatOpensNoTagIsText() throws {
        #expect(try words("<p>1 < 2 and 3 <# 4 <</p>") == ["1", "<", "2", "and", "3", "<#", "4", "<"])
    }

    @Test func scriptAndStyleKeepTheirContentOutOfTheText() throws {
        #expect(try words("<p>A</p><script>if (a < b && c) { x = '</p>'; }</script><style>p > a { }</style><p>B</p>") == ["A", "B"])
    }

    /// Their content is never read, so libxml2 is not made to read it a character at a time;
    /// JSON-LD, which the metadata comes from, is kept, whatever the case of its `type`.
    @Test func onlyJSONLDScriptsReachTheParserWithTheirContent() {
        let page = "<script>var s = '<div>';</script><STYLE media=all>p { }</STYLE>"
            + "<script type=\"Application/LD+JSON\">{\"headline\": \"<b>\"}</script><p>Text</p>"
        let prepared = String(decoding: HTMLInputStream.prepared(Array(page.utf8)), as: UTF8.self)
        #expect(prepared == "<script></script><STYLE media=all></STYLE>"
            + "<script type=\"Application/LD+JSON\">{\"headline\": \"<b>\"}</script><p>Text</p>")
    }

    @Test func aScriptEndsOnlyAtItsOwnEndTag() throws {
        #expect(try words("<script>a = '</scripts>'; b = 1;</script><p>Shown.</p>") == ["Shown."])
    }

    @Test func quotedAttributeValuesMayHoldGreaterThanSigns() throws {
        let blocks = try HTMLTest.blocks(
            "<p><a href=\"https://example.org/?q=a>b\" title='x > y'>Link</a> and \"text\" after.</p>")
        guard case .paragraph(let inlines) = blocks.first, case .link(let link) = inlines.first else {
            Issue.record("no link in \(blocks)")
            return
        }
        #expect(link.url == "https://example.org/?q=a>b")
        #expect(HTMLTest.words(blocks) == ["Link", "and", "\"text\"", "after."])
    }
}
