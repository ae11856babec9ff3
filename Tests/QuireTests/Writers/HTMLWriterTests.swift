import Quire
import QuireDocument
import Testing

@Suite struct HTMLWriterTests {
    func page(_ document: Document, _ options: HTMLWriter.Options = HTMLWriter.Options()) -> String {
        String(decoding: HTMLWriter.write(document, options: options), as: UTF8.self)
    }

    @Test func kitchenSinkMatchesTheReviewedPage() throws {
        try expectGolden(HTMLWriter.write(SampleDocuments.kitchenSink), named: "kitchen-sink.html")
    }

    @Test func theHeadCarriesTheMetadata() {
        let html = page(SampleDocuments.kitchenSink)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>The Tide Mill \"Turns\"</title>"))
        #expect(
            html.contains(
                "<meta name=\"author\" content=\"Nell Marchbank\">\n<meta name=\"author\" content=\"A. N. Other\">"))
        #expect(html.contains("<meta name=\"description\" content=\"Line one&#10;line two&#9;tabbed\">"))
        #expect(html.contains("<meta name=\"dcterms.date\" content=\"2025-06-14T07:30:00+01:00\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://news.example/mill?canonical\">"))
        #expect(html.contains("<style>\n") && html.contains("max-width: 38em"))
        #expect(html.contains("<header id=\"title-block-header\">\n<h1 class=\"title\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test func aFragmentIsTheBodyAlone() {
        let html = page(SampleDocuments.kitchenSink, HTMLWriter.Options(fragment: true))
        #expect(html.hasPrefix("<h1 id=\"tide-mill\">Tide mill</h1>\n<p>Plain, <em>em</em>"))
        #expect(!html.contains("<head>") && !html.contains("<style>") && !html.contains("<body>"))
        #expect(html.contains("<section class=\"footnotes\">"))
    }

    @Test func stylesheetsCanBeEmbeddedOrLinked() {
        let embedded = page(Document(), HTMLWriter.Options(stylesheet: .embedded("p { color: red } </style><script>")))
        #expect(embedded.contains("<style>\np { color: red } <\\/style><script>\n</style>"))
        #expect(!embedded.contains("max-width: 38em"))
        let linked = page(Document(), HTMLWriter.Options(stylesheet: .linked("https://css.example/a b.css")))
        #expect(linked.contains("<link rel=\"stylesheet\" href=\"https://css.example/a%20b.css\">"))
        #expect(!linked.contains("<style>"))
    }

    @Test func aTitleIsNeverEmptyAndNotRepeatedAboveTheSameHeading() {
        let untitled = page(Document(blocks: [.paragraph([.text("x")])]))
        #expect(untitled.contains("<title>Untitled</title>"))
        #expect(!untitled.contains("<header"))
        let repeated = page(
            Document(
                metadata: Metadata(title: "Mill", authors: ["Ann"]),
                blocks: [.heading(Heading(level: 1, content: [.text("Mill")]))]))
        #expect(!repeated.contains("<h1 class=\"title\">"))
        #expect(
            repeated.contains(
                "<header id=\"title-block-header\">\n<p class=\"author\">Ann</p>\n</header>\n<h1 id=\"mill\">Mill</h1>")
        )
    }

    @Test func nastyTextIsEscapedAndForbiddenCharactersDropped() {
        let html = page(BookSamples.nasty, HTMLWriter.Options(fragment: true))
        #expect(html.contains("&lt;script&gt;alert('x &amp; y')&lt;/script&gt;  ]]&gt; --&gt; \"q\" 🌊 \n end"))
        #expect(!html.contains("<script>"))
        for forbidden in ["\u{0}", "\u{8}", "\u{1B}", "\u{7F}", "\u{85}", "\r"]
            + BookSamples.noncharacters.map(String.init)
        {
            #expect(!html.contains(forbidden), "found U+\(String(forbidden.unicodeScalars.first!.value, radix: 16))")
        }
        // Attribute values escape quotes and keep line ends as references.
        #expect(
            html.contains(
                "title=\"&lt;script&gt;alert('x &amp; y')&lt;/script&gt;  ]]&gt; --&gt; &quot;q&quot; 🌊 &#10; end\""))
        // URLs are percent-encoded; a second '#' is not a fragment delimiter.
        #expect(html.contains("href=\"https://mill.example/%C3%A4%20%C3%B6?q=%3C1%3E#frag%23more\""))
        // The missing image keeps its source in HTML (the page may sit beside it).
        #expect(html.contains("<img src=\"missing.png\" alt=\"&lt;script&gt;"))
        // Scripts are never links; relative links stay in a web page.
        #expect(html.contains("script link") && !html.contains("javascript:"))
        #expect(html.contains("<a href=\"relative/page.html\">relative link</a>"))
    }

    @Test func nestedLinksBecomeTextAndNoteReferencesInsideThemKeepTheirAnchor() {
        let html = page(BookSamples.nasty, HTMLWriter.Options(fragment: true))
        #expect(html.contains("<a href=\"https://outer.example\">outer inner<sup id=\"fnref-1\">1</sup></a>"))
        #expect(html.contains("<a href=\"#fnref-1\" class=\"footnote-back\" role=\"doc-backlink\">1.</a>"))
    }

    @Test func headerCellsHoldNoHeadingsOrSections() {
        let html = page(BookSamples.nasty, HTMLWriter.Options(fragment: true))
        #expect(
            html.contains(
                "<th>\n<p class=\"heading\" id=\"in-cell\"><strong>Heading in a header cell</strong></p>\n<div>\n<p>section in th</p>\n</div>\n</th>"
            ))
        // header/footer become div, so their nesting rules cannot be broken.
        #expect(html.contains("<div id=\"id-1\" class=\"a b\">\n<div>\n<p>footer in header</p>\n</div>\n</div>"))
        #expect(html.contains("<dl>\n<dt></dt>\n<dd></dd>\n</dl>"))
    }

    @Test func everyIdIsAUniqueXMLNameAndLinksFollowTheirTarget() throws {
        let html = page(BookSamples.crossChapter, HTMLWriter.Options(fragment: true))
        let ids = html.matches(of: /id="([^"]*)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        for id in ids { #expect(id.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_.\-]*/) != nil, "\(id) is not an XML name") }
        #expect(ids.contains("one") && ids.contains("one-2") && ids.contains("two") && ids.contains("two-2"))
        // The first element with an id keeps it; links go to the first.
        #expect(html.contains("<h1 id=\"one-2\">Chapter Three</h1>"))
        #expect(html.contains("<a href=\"#two\">on to chapter two</a>"))
        // A link to an id the document lacks stays as written, as CommonMark renders it: the page
        // around a fragment may have the id. Only a book turns it into its text (EPUBWriterTests).
        let missing: Set = ["nowhere", "chapter-three"]
        for href in html.matches(of: /href="#([^"]*)"/).map({ String($0.output.1) }) where !missing.contains(href) {
            #expect(ids.contains(href), "#\(href) points nowhere")
        }
        #expect(html.contains("<a href=\"#nowhere\">a dead link</a> <a href=\"#chapter-three\">a slug link</a>"))
        // A link to a generated heading slug works.
        let slugged = page(
            Document(blocks: [
                .heading(Heading(level: 2, content: [.text("The Mill Race")])),
                .paragraph([.link(Link(url: "#the-mill-race", content: [.text("race")]))]),
            ]), HTMLWriter.Options(fragment: true))
        #expect(slugged == "<h2 id=\"the-mill-race\">The Mill Race</h2>\n<p><a href=\"#the-mill-race\">race</a></p>\n")
        let nasty = page(BookSamples.nasty, HTMLWriter.Options(fragment: true))
        #expect(nasty.contains("<h1 id=\"id-1-bad-id-x\">") && nasty.contains("<h1 id=\"section\"></h1>"))
    }

    @Test func footnotesAreNumberedByFirstReferenceAndLinkBothWays() {
        let html = page(BookSamples.crossChapter, HTMLWriter.Options(fragment: true))
        // Numbered in reading order, the text before the notes: pre=1, a=2, b=3, then c=4 (cited
        // only from note A); the orphan and the duplicate A follow.
        #expect(
            html.contains(
                "<sup><a id=\"fnref-1\" href=\"#fn-1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>"))
        #expect(html.contains("<sup><a id=\"fnref-2\" href=\"#fn-2\""))
        #expect(
            html.contains("<sup><a href=\"#fn-2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup>"),
            "second reference has no id")
        #expect(
            html.contains(
                "<aside id=\"fn-2\" class=\"footnote\" role=\"doc-footnote\">\n<p><a href=\"#fnref-2\" class=\"footnote-back\" role=\"doc-backlink\">2.</a> Note A, see also<sup><a id=\"fnref-4\" href=\"#fn-4\""
            ))
        #expect(
            html.contains(
                "<aside id=\"fn-3\" class=\"footnote\" role=\"doc-footnote\">\n<p><a href=\"#fnref-3\" class=\"footnote-back\" role=\"doc-backlink\">3.</a> Note B.</p>"
            ))
        #expect(
            html.contains(
                "<div id=\"fn-5\" class=\"footnote\">\n<p><span class=\"footnote-number\">5.</span> Nobody cites me.</p>"
            ))
        #expect(
            html.contains(
                "<div id=\"fn-6\" class=\"footnote\">\n<p><span class=\"footnote-number\">6.</span> A second note A.</p>"
            ))
        #expect(html.contains("[missing]"))
        #expect(!html.contains("epub:type"), "EPUB semantics stay out of web pages")
    }

    @Test func quotationMarksFollowTheLanguage() {
        func quoted(_ language: String?) -> String {
            page(
                Document(
                    metadata: Metadata(language: language),
                    blocks: [.paragraph([.quoted(Quoted(content: [.text("x")]))])]),
                HTMLWriter.Options(fragment: true))
        }
        #expect(quoted("en") == "<p>“x”</p>\n")
        #expect(quoted("fr-CA") == "<p>«\u{00A0}x\u{00A0}»</p>\n")
        #expect(quoted("de") == "<p>„x“</p>\n")
    }

    @Test func deepTreesAreWrittenWhole() {
        let html = page(BookSamples.deep, HTMLWriter.Options(fragment: true))
        #expect(html.contains("<p>the bottom</p>"))
        #expect(html.matches(of: /<blockquote>/).count == (Document.maximumDepth - 1) / 2)
    }

    /// CommonMark examples 24, 144 and 318: the language class is the info string's first word
    /// as written, and a final blank line of code still shows.
    @Test func codeKeepsItsLanguageAsWrittenAndItsBlankLines() {
        let html = page(
            Document(blocks: [
                .codeBlock(CodeBlock(language: "foo+bar", text: "foo")), .codeBlock(CodeBlock(language: ";", text: "")),
                .codeBlock(CodeBlock(language: "a\"b c", text: "b\n\n")),
            ]), HTMLWriter.Options(fragment: true))
        #expect(
            html == "<pre><code class=\"language-foo+bar\">foo</code></pre>\n<pre><code class=\"language-;\"></code></pre>\n"
                + "<pre><code class=\"language-a&quot;b\">b\n\n\n</code></pre>\n")
    }

    /// Raw HTML goes into the page as the source wrote it (CommonMark's HTML blocks and raw
    /// HTML), through GitHub's tag filter, as cmark-gfm writes it.
    @Test func rawHTMLIsWrittenAsItIsThroughTheTagFilter() throws {
        var warnings: [ConversionWarning] = []
        let markdown = "<table><tr><td>x</td></tr></table>\n\nfoo <span class=\"a\">b</span> <!-- c -->\n\n<div>\n<title>t</title>\n</div>\n"
        let document = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "raw.md"), warnings: &warnings)
        let html = page(document, HTMLWriter.Options(fragment: true))
        #expect(html == "<table><tr><td>x</td></tr></table>\n<p>foo <span class=\"a\">b</span> <!-- c --></p>\n<div>\n&lt;title>t&lt;/title>\n</div>\n")
    }
}
