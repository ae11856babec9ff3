@testable import Quire
import QuireDocument
import Testing

/// A page's class names stay in the tree (JSON) and out of HTML and EPUB markup.
@Suite struct SiteClassRemovalTests {
    let page = Array(
        ("<html><body><article class=\"ArticlePageChunks-fLyCVG\"><section class=\"col-md-8\" id=\"intro\">"
            + "<p>Hello <span class=\"css-1xk2f\">there</span>, a paragraph long enough to be an article.</p>"
            + "</section></article></body></html>").utf8)

    func convert(to writer: WriterFormat) throws -> String {
        let pipeline = Pipeline(reader: .html, writer: writer, boilerplate: BoilerplateOptions(policy: .keep))
        var warnings: [ConversionWarning] = []
        return String(decoding: try pipeline.convert([ReaderInput(bytes: page, name: "page.html")], warnings: &warnings), as: UTF8.self)
    }

    @Test func htmlOutputCarriesNoSiteClass() throws {
        let html = try convert(to: .html)
        #expect(!html.contains("fLyCVG") && !html.contains("col-md-8") && !html.contains("css-1xk2f"))
        #expect(html.contains("<section id=\"intro\">"))
        #expect(html.contains("Hello there, a paragraph"))
    }

    @Test func theTreeKeepsThem() throws {
        let json = try convert(to: .json)
        #expect(json.contains("ArticlePageChunks-fLyCVG") && json.contains("col-md-8"))
    }

    @Test func idsAndContentSurvive() {
        let document = Document(blocks: [
            .container(Container(element: "div", id: "a", classes: ["x"], content: [
                .paragraph([.span(Span(id: nil, classes: ["y"], content: [.text("kept")]))])
            ]))
        ])
        #expect(
            SiteClassRemoval.apply(to: document).blocks == [
                .container(Container(element: "div", id: "a", classes: [], content: [
                    .paragraph([.span(Span(id: nil, classes: [], content: [.text("kept")]))])
                ]))
            ])
    }
}
