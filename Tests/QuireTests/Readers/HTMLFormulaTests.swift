import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Formulas (`fixtures/html/formulas.html`): MathML, Wikipedia's hidden MathML with its TeX, its
/// fallback image; read, then written by every writer.
@Suite struct HTMLFormulaTests {
    static func formulas(_ blocks: [Block]) -> [Math] {
        var result: [Math] = []
        blocks.forEachInline { inline in
            if case .span(let span) = inline, let math = span.math { result.append(math) }
        }
        return result
    }

    static var document: Document {
        get throws { try HTMLTest.fixture("formulas.html").document }
    }

    @Test func everyFormulaIsKeptWithItsTeXAndMathML() throws {
        let formulas = Self.formulas(try Self.document.blocks)
        #expect(formulas.map(\.tex) == ["A", "A^{*}", nil, nil, nil, "E=mc^{2}", "\\alpha +\\beta"])
        #expect(formulas.map(\.display) == [.inline, .inline, .inline, .inline, .block, .block, .inline])
        #expect(formulas.map { $0.mathML != nil } == [true, true, true, true, true, true, false])
        #expect(formulas.map(\.text) == ["A", "A^{*}", "a2+b2", "x", "∑k=1nk<many", "E=mc^{2}", "\\alpha +\\beta"])
        #expect(
            formulas[2].mathML
                == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup></math>"
        )
    }

    @Test func onlyMathMLIsKeptFromThePage() throws {
        let formulas = Self.formulas(try Self.document.blocks)
        let sum = try #require(formulas[4].mathML)
        for unsafe in ["onclick", "style", "script", "alert", "not math", "annotation-xml", "class="] {
            #expect(!sum.contains(unsafe), "\(unsafe) in \(sum)")
        }
        #expect(sum.contains("<mo>&lt;</mo><mtext>many</mtext>"))
    }

    @Test func theFormulasTextIsWhatExtractionAndPlainTextSee() throws {
        var paragraphs: [[Inline]] = []
        try Self.document.blocks.forEachBlock { if case .paragraph(let content) = $0 { paragraphs.append(content) } }
        let first = try #require(paragraphs.first)
        #expect(first.plainText == "If the conjugate transpose of a matrix A is denoted by A^{*}, then the rest follows.")
    }

    /// MathJax 2 pages (`fixtures/html/formulas-mathjax.html`): the TeX scripts are the
    /// formulas, before MathJax ran and after, when its drawing of each is left out.
    @Test func mathJaxTeXScriptsAreFormulasAndTheirDrawingsAreNotReadTwice() throws {
        let document = try HTMLTest.fixture("formulas-mathjax.html").document
        let formulas = Self.formulas(document.blocks)
        #expect(formulas.map(\.tex) == [
            "H_n = \\sum_{k=1}^{n} \\frac{1}{k}", "\\lim_{n \\to \\infty} \\left( H_n - \\ln n \\right) = \\gamma", "\\gamma",
            "\\sum_{k=1}^{\\infty} \\frac{1}{k^2} = \\frac{\\pi^2}{6}",
        ])
        #expect(formulas.map(\.display) == [.inline, .block, .inline, .block])
        let text = document.blocks.readableText
        #expect(text.contains("the constant \\gamma is about 0.5772"))
        #expect(!text.contains("γ"))
        #expect(!text.contains("π²"))
        #expect(!text.contains("not text"))
        #expect(text.contains("only this sentence is."))
    }

    // MARK: Through every writer

    @Test func survivesAJSONRoundTrip() throws {
        let document = try Self.document
        let json = JSONWriter.write(document)
        #expect(String(decoding: json, as: UTF8.self).contains("\"math\": {"))
        #expect(try JSONReader.read(ReaderInput(bytes: json, name: "formulas.json")) == document)
    }

    @Test func markdownWritesTeXBetweenDollars() throws {
        let markdown = String(decoding: MarkdownWriter.write(try Self.document), as: UTF8.self)
        #expect(markdown.contains("If the conjugate transpose of a matrix $A$ is denoted by $A^{*}$, then"))
        #expect(markdown.contains("Plain MathML without TeX: $a2+b2$ and a bare variable $x$."))
        #expect(markdown.contains("$$E=mc^{2}$$"))
        #expect(markdown.contains("Only an image remains of this one: $\\alpha +\\beta$."))
    }

    @Test func textWritesTheTeXOrTheFormulasText() throws {
        let text = String(decoding: TextWriter.write(try Self.document), as: UTF8.self)
        #expect(text.contains("If the conjugate transpose of a matrix A is denoted by A^{*}, then"))
        #expect(text.contains("a2+b2 and a bare variable x."))
        #expect(text.contains("E=mc^{2}"))
    }

    @Test func htmlAndEPUBWriteMathML() throws {
        let document = try Self.document
        let page = String(decoding: HTMLWriter.write(document), as: UTF8.self)
        #expect(page.components(separatedBy: "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"").count - 1 == 6)
        #expect(page.contains("display=\"block\""))
        #expect(page.contains("<span class=\"math\">\\alpha +\\beta</span>"))

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-math-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Two chapters, one with formulas: only that one declares MathML.
        var book = document
        book.blocks += [.heading(Heading(level: 1, content: [.text("Prose")])), .paragraph([.text("No formula here.")])]
        let url = scratch.appendingPathComponent("formulas.epub")
        try Data(EPUBWriter.write(book, options: EPUBWriter.Options(minimumChapterTextBytes: 0, modificationTime: 0))).write(to: url)
        let files = try BookTools.unzip(url)
        let package = String(decoding: files["EPUB/content.opf"] ?? Data(), as: UTF8.self)
        #expect(package.contains("href=\"chapter-001.xhtml\" media-type=\"application/xhtml+xml\" properties=\"mathml\""))
        #expect(package.contains("href=\"chapter-002.xhtml\" media-type=\"application/xhtml+xml\"/>"))
        guard let report = try BookTools.epubcheck(url) else { return }
        #expect(report.fatals == 0 && report.errors == 0 && report.warnings == 0, "\(report.output)")
    }

    @Test func mathMLFromATreeIsParsedAndCleanedBeforeItIsWritten() {
        let hostile = Math(
            tex: nil,
            mathML: "<math onload=\"x()\"><mi href=\"javascript:x()\" mathvariant=\"bold\">v</mi><script>x()</script>"
                + "<annotation-xml encoding=\"text/html\"><img src=\"x\" onerror=\"y()\"/></annotation-xml><mtext>&lt;b&gt;</mtext></math>")
        let page = String(
            decoding: HTMLWriter.write(Document(blocks: [.paragraph([.span(Span(math: hostile))])])), as: UTF8.self)
        #expect(
            page.contains(
                "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi mathvariant=\"bold\">v</mi><mtext>&lt;b&gt;</mtext></math>"))
        #expect(!page.contains("javascript") && !page.contains("onload") && !page.contains("onerror"))
        // Markup that is not well-formed is not written at all: the formula's text is.
        let broken = Math(tex: "y", mathML: "<math><mi>y</math>")
        let fallback = String(
            decoding: HTMLWriter.write(Document(blocks: [.paragraph([.span(Span(math: broken))])])), as: UTF8.self)
        #expect(fallback.contains("<span class=\"math\">y</span>"))
        #expect(!fallback.contains("<math"))
    }

    @Test func mathMLNestedTooDeeplyGivesWayToItsContent() throws {
        let markup = "<math>" + String(repeating: "<mrow>", count: 300) + "<mi>z</mi>" + String(repeating: "</mrow>", count: 300) + "</math>"
        let element = try #require(MathMLElement(markup: markup))
        #expect(element.markup.components(separatedBy: "<mrow>").count - 1 == MathMLElement.maximumDepth - 1)
        #expect(element.text == "z")
    }
}
