import Foundation
import Quire
import QuireDocument
import Testing

/// Script-capable and local URLs never reach a writer (issue 13, item 3).
@Suite struct UnsafeURLRemovalTests {
    func link(_ url: String) -> Inline { .link(Link(url: url, content: [.text("text of \(url.prefix(4))")])) }

    @Test func unsafeLinksKeepTheirTextAndLoseTheirTarget() {
        let unsafe = [
            "javascript:alert(1)", "JavaScript:alert(1)", " \u{1}java\tscript:alert(1)", "java\nscript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>",
            "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "livescript:x",
        ]
        let safe = [
            "https://example.com/", "mailto:a@example.com", "#notes", "other.html", "data:image/png;base64,iVBORw0KGgo=",
            "javascript-notes.html", "./javascript:x",
        ]
        let document = Document(
            metadata: Metadata(sourceURL: "file:///etc/hostname", canonicalURL: "javascript:alert(1)"),
            blocks: [.paragraph((unsafe + safe).map(link)), .blockQuote([.heading(Heading(level: 2, content: [link("vbscript:x")]))])])
        var warnings: [ConversionWarning] = []
        let cleaned = UnsafeURLRemoval.apply(to: document, file: "page.html", warnings: &warnings)
        #expect(
            cleaned.blocks == [
                .paragraph(unsafe.map { .text("text of \($0.prefix(4))") } + safe.map(link)),
                .blockQuote([.heading(Heading(level: 2, content: [.text("text of vbsc")]))]),
            ])
        #expect(cleaned.metadata.sourceURL == nil && cleaned.metadata.canonicalURL == nil)
        #expect(
            warnings.map(\.description) == [
                "page.html: warning: 11 links to javascript:, vbscript:, data: or file: URLs kept their text and lost their targets"
            ])
    }

    @Test func imagesWithSuchSourcesBecomeTheirTextWithAWarning() {
        let bad = "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cscript%2F%3E%3C%2Fsvg%3E"
        let good = "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E"
        let sources = ["file:///etc/hostname", "javascript:alert(1)", "data:text/html,x", bad, good, "a.png", "data:image/gif;base64,R0lGOD"]
        let document = Document(
            metadata: Metadata(coverImage: "file:///etc/hostname"),
            blocks: [.paragraph(sources.map { .image(Image(source: $0, alternativeText: "alt")) } + [.image(Image(source: "file:///x"))])])
        var warnings: [ConversionWarning] = []
        let cleaned = UnsafeURLRemoval.apply(to: document, file: "p", warnings: &warnings)
        #expect(
            cleaned.blocks == [
                .paragraph(
                    Array(repeating: .span(Span(classes: [ResourceLoader.missingImageClass], content: [.text("alt")])), count: 4)
                        + sources.suffix(3).map { .image(Image(source: $0, alternativeText: "alt")) })
            ])
        // A paragraph of nothing but such pictures becomes a figure: their text is no body text.
        var moreWarnings: [ConversionWarning] = []
        let alone = UnsafeURLRemoval.apply(
            to: Document(blocks: [.paragraph([.image(Image(source: "file:///etc/hostname", alternativeText: "A map"))])]),
            file: "p", warnings: &moreWarnings)
        #expect(
            alone.blocks == [
                .figure(Figure(content: [.paragraph([.span(Span(classes: [ResourceLoader.missingImageClass], content: [.text("A map")]))])]))
            ])
        #expect(cleaned.metadata.coverImage == nil)
        #expect(
            warnings.map(\.message) == [
                "image 'file:///etc/hostname' is a file: URL, which quire does not read; its text alternative is used instead",
                "image 'javascript:alert(1)' is a javascript: URL; its text alternative is used instead",
                "image 'data:text/html,x' is a data: URL of no raster image type; its text alternative is used instead",
                "image '\(bad.prefix(77))...' is an SVG image with a <script> element, which quire does not embed; its text alternative is used instead",
                "image 'file:///x' is a file: URL, which quire does not read; its text alternative is used instead",
                "cover image 'file:///etc/hostname' is a file: URL, which quire does not read; it is left out",
            ])
    }

    @Test func aDocumentWithNothingUnsafeIsLeftAsItIs() {
        let document = SampleDocuments.kitchenSink
        var warnings: [ConversionWarning] = []
        #expect(UnsafeURLRemoval.apply(to: document, file: "x", warnings: &warnings) == document)
        #expect(warnings.isEmpty)
    }

    @Test func everyWriterIsCoveredThroughThePipeline() throws {
        let html = Array(
            #"<p><a href="javascript:alert(1)">one</a> <a href=" data:text/html,<script>alert(2)</script>">two</a> <a href="file:///etc/passwd">three</a> <img src="file:///etc/hostname" alt="host"></p>"#
                .utf8)
        for writer in Formats.writers where !writer.isBinary {
            var warnings: [ConversionWarning] = []
            let output = try Pipeline(reader: .html, writer: writer).convert(
                [ReaderInput(bytes: html, name: "page.html")], warnings: &warnings)
            let text = String(decoding: output, as: UTF8.self)
            for word in ["javascript:", "data:", "file:"] {
                #expect(!text.contains(word), "\(writer.name): \(text)")
            }
            #expect(text.contains("one") && text.contains("two") && text.contains("three") && text.contains("host"))
        }
    }

    /// Raw HTML that could run a script in a page (an event handler, a `javascript:` URL, an
    /// `<object>`) is resolved into the tree before any writer sees it, with one warning;
    /// harmless raw HTML stays as it is.
    @Test func rawHTMLThatCouldRunAScriptIsResolvedIntoTheTree() {
        let document = Document(blocks: [
            .rawHTML("<div onclick=\"steal()\"><p>Kept <b>words</b></p></div>"),
            .paragraph([
                .rawHTML("<a href=\"&#106;avascript:alert(1)\" title=\"t\">"), .text("link"), .rawHTML("</a>"), .text(" "),
                .rawHTML("<span class=\"ok\">"),
            ]),
            .rawHTML("<object data=\"x.swf\"></object>"), .rawHTML("<table><tr><td>safe</td></tr></table>"),
        ])
        var warnings: [ConversionWarning] = []
        let cleaned = UnsafeURLRemoval.apply(to: document, file: "page.md", warnings: &warnings)
        #expect(
            cleaned.blocks == [
                .paragraph([.text("Kept "), .strong([.text("words")])]),
                .paragraph([.text("link"), .rawHTML("</a>"), .text(" "), .rawHTML("<span class=\"ok\">")]),
                .rawHTML("<table><tr><td>safe</td></tr></table>"),
            ])
        #expect(warnings.map(\.message) == [
            "3 pieces of raw HTML held script-capable markup (first: an event handler (onclick)); only the content the tree can hold was kept",
        ])
    }
}
