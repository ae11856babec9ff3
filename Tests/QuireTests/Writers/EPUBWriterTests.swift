import Foundation
import Quire
import QuireDocument
import Testing

/// A written book, unpacked for inspection.
struct UnpackedBook {
    let archive: URL
    let entryNames: [String]
    let files: [String: Data]

    init(_ document: Document, options: EPUBWriter.Options = EPUBWriter.Options(), in folder: URL, named name: String)
        throws
    {
        archive = folder.appendingPathComponent(name)
        try Data(EPUBWriter.write(document, options: options)).write(to: archive)
        entryNames = try BookTools.entryNames(archive)
        files = try BookTools.unzip(archive)
    }

    func text(_ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    var contentDocuments: [String] { files.keys.filter { $0.hasSuffix(".xhtml") }.sorted() }
    var chapters: [String] { contentDocuments.filter { $0.hasPrefix("EPUB/chapter-") } }

    /// Every `href` in every content document that points inside the book, and where it leads
    /// when it leads nowhere: a missing file or a missing id.
    var brokenLinks: [String] {
        var idsByFile: [String: Set<String>] = [:]
        for path in contentDocuments {
            idsByFile[path] = Set(text(path).matches(of: /\sid="([^"]*)"/).map { String($0.output.1) })
        }
        var broken: [String] = []
        for path in contentDocuments {
            for match in text(path).matches(of: /(?:href|src)="([^"]*)"/) {
                let href = String(match.output.1)
                if href.contains(":") { continue }
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? path : "EPUB/" + parts[0]
                if files[file] == nil { broken.append("\(path): \(href) (no file)") }
                if parts.count == 2, !(idsByFile[file]?.contains(String(parts[1])) ?? false) {
                    broken.append("\(path): \(href) (no id)")
                }
            }
        }
        return broken
    }
}

@Suite struct EPUBWriterTests {
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quire-epub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    func book(_ document: Document, _ options: EPUBWriter.Options = EPUBWriter.Options(), _ name: String = "book.epub")
        throws -> UnpackedBook
    {
        try UnpackedBook(document, options: options, in: scratch, named: name)
    }

    @Test func theMimetypeComesFirstStoredAndThePackageIsComplete() throws {
        let unpacked = try book(BookSamples.illustratedKitchenSink)
        let bytes = Array(try Data(contentsOf: unpacked.archive))
        // Local header: signature, then at offset 8 the method (0 = stored), name at 30, data after.
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(Array(bytes[26..<30]) == [8, 0, 0, 0], "name length 8, no extra field")
        #expect(String(decoding: bytes[30..<58], as: UTF8.self) == "mimetypeapplication/epub+zip")
        #expect(
            unpacked.entryNames == [
                "mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/cover.xhtml", "EPUB/chapter-001.xhtml", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/style.css", "EPUB/images/cover.svg",
                "EPUB/images/image-1.png", "EPUB/images/image-2.gif",
            ])
        #expect(unpacked.text("META-INF/container.xml").contains("full-path=\"EPUB/content.opf\""))
    }

    @Test func thePackageDocumentCarriesTheMetadata() throws {
        let options = EPUBWriter.Options(modificationTime: 1_700_000_000)
        let opf = try book(BookSamples.illustratedKitchenSink, options).text("EPUB/content.opf")
        for line in [
            "<dc:identifier id=\"book-id\">urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier>",
            "<dc:title id=\"title\">The Tide Mill \"Turns\"</dc:title>",
            "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>",
            "<dc:creator id=\"creator-2\">A. N. Other</dc:creator>",
            "<meta refines=\"#creator-2\" property=\"role\" scheme=\"marc:relators\">aut</meta>",
            "<dc:language>en-GB</dc:language>", "<dc:date>2025-06-14</dc:date>",
            "<dc:source>https://news.example/mill</dc:source>", "<dc:publisher>The Estuary Ledger</dc:publisher>",
            "<dc:rights>© 2025 The Estuary Ledger</dc:rights>",
            "<dc:description>Line one\nline two\ttabbed</dc:description>",
            "<dc:subject>heritage</dc:subject>", "<dc:subject>mills</dc:subject>",
            "<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>",
            "<meta property=\"schema:accessMode\">visual</meta>",
            "<meta property=\"schema:accessModeSufficient\">textual</meta>",
            "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>",
            "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
            "<meta property=\"schema:accessibilityHazard\">none</meta>",
            "<meta name=\"cover\" content=\"cover-image\"/>",
            "<item id=\"cover-image\" href=\"images/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\"/>",
            "<item id=\"image-2\" href=\"images/image-2.gif\" media-type=\"image/gif\"/>",
            "<spine toc=\"ncx\">\n  <itemref idref=\"cover-page\"/>\n  <itemref idref=\"chapter-001\"/>\n  <itemref idref=\"nav\" linear=\"no\"/>\n</spine>",
        ] {
            #expect(opf.contains(line), "missing \(line)")
        }
    }

    @Test func imagesAreEmbeddedByTheirBytesAndMissingOnesBecomeText() throws {
        let unpacked = try book(BookSamples.illustratedKitchenSink)
        let chapter = unpacked.text("EPUB/chapter-001.xhtml")
        #expect(chapter.contains("<img src=\"images/image-1.png\" alt=\"The wheel\" title=\"Wheel\"/>"))
        // mill.jpg holds GIF bytes: the bytes decide.
        #expect(chapter.contains("<figure>\n<img src=\"images/image-2.gif\" alt=\"The mill\"/>\n<figcaption>"))
        #expect(unpacked.files["EPUB/images/image-1.png"] == Data(TestImages.png))
        #expect(
            unpacked.text("EPUB/cover.xhtml").contains(
                "<img src=\"images/cover.svg\" alt=\"Cover: The Tide Mill &quot;Turns&quot;\"/>"))

        // Without loaded bytes (or with bytes of no known image type) there is no image, only its text.
        let unloaded = try book(SampleDocuments.kitchenSink, EPUBWriter.Options(includesCover: false), "unloaded.epub")
        #expect(!unloaded.files.keys.contains { $0.contains("images/") })
        #expect(unloaded.text("EPUB/chapter-001.xhtml").contains("link</a>The wheel<sup>"))
        #expect(!unloaded.text("EPUB/content.opf").contains("cover"))
        #expect(unloaded.brokenLinks.isEmpty)
    }

    @Test func writingTwiceGivesTheSameBytesAndTheTimeIsAnOption() throws {
        let options = EPUBWriter.Options(modificationTime: 1_700_000_000)
        let first = try EPUBWriter.write(BookSamples.illustratedKitchenSink, options: options)
        let second = try EPUBWriter.write(BookSamples.illustratedKitchenSink, options: options)
        #expect(first == second)
        let later = try EPUBWriter.write(
            BookSamples.illustratedKitchenSink, options: EPUBWriter.Options(modificationTime: 1_700_000_002))
        #expect(later != first)
        let unpacked = try book(SampleDocuments.kitchenSink)
        #expect(
            unpacked.text("EPUB/content.opf").contains(
                "<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>"))
    }

    @Test func theIdentifierIsDerivedFromTheSourceOrTheContent() throws {
        func identifier(_ document: Document) throws -> String {
            let opf = try book(document, EPUBWriter.Options(), "id.epub").text("EPUB/content.opf")
            return opf.firstMatch(of: /<dc:identifier id="book-id">([^<]*)</)?.output.1.description ?? ""
        }
        var document = Document(
            metadata: Metadata(sourceURL: "https://news.example/mill"), blocks: [.paragraph([.text("x")])])
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://news.example/mill")
        #expect(try identifier(document) == "urn:uuid:02dc2dd2-0a7a-59e4-bb51-e6851bbcaaab")
        document.metadata.sourceURL = nil
        let fromContent = try identifier(document)
        #expect(
            fromContent.wholeMatch(of: /urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
                != nil)
        #expect(try identifier(document) == fromContent)
        document.blocks = [.paragraph([.text("y")])]
        #expect(try identifier(document) != fromContent)
        let ncx = try book(document, EPUBWriter.Options(), "ncx.epub").text("EPUB/toc.ncx")
        #expect(ncx.contains("<meta name=\"dtb:uid\" content=\"\(try identifier(document))\"/>"))
    }

    /// The samples' chapters are a few lines each: without this they would go on into the next.
    let everyHeadingSplits = EPUBWriter.Options(minimumChapterTextBytes: 0)

    @Test func chaptersSplitAtLevelOneAndLinksAndNotesCrossThem() throws {
        let unpacked = try book(BookSamples.crossChapter, everyHeadingSplits)
        #expect(
            unpacked.chapters == [
                "EPUB/chapter-001.xhtml", "EPUB/chapter-002.xhtml", "EPUB/chapter-003.xhtml", "EPUB/chapter-004.xhtml",
            ])
        #expect(unpacked.brokenLinks == [])
        let (preface, one, two, three) = (
            unpacked.text("EPUB/chapter-001.xhtml"), unpacked.text("EPUB/chapter-002.xhtml"),
            unpacked.text("EPUB/chapter-003.xhtml"), unpacked.text("EPUB/chapter-004.xhtml")
        )
        #expect(preface.contains("<title>Across chapters</title>") && preface.contains("A preface"))
        #expect(one.contains("<title>Chapter One</title>"))
        #expect(one.contains("<a href=\"chapter-003.xhtml#two\">on to chapter two</a>"))
        #expect(one.contains("<a href=\"chapter-003.xhtml#deep\">the deep part</a>"))
        #expect(two.contains("<a href=\"chapter-002.xhtml#one\">back to one</a>"))
        // The article holding chapter two is opened up; its id stays where it began.
        #expect(two.contains("<body>\n<div id=\"wrap\">\n</div>\n<h1 id=\"two\">Chapter Two</h1>"))
        #expect(three.contains("<a href=\"chapter-003.xhtml#wrap\">the article</a>"))
        // Note A is cited in chapters one and two: written once, after chapter one, and linked from two.
        #expect(one.contains("<aside id=\"fn-2\" class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\">"))
        #expect(
            one.contains(
                "<sup><a id=\"fnref-2\" href=\"#fn-2\" class=\"footnote-ref\" epub:type=\"noteref\" role=\"doc-noteref\">2</a></sup>"
            ))
        #expect(two.contains("<sup><a href=\"chapter-002.xhtml#fn-2\" class=\"footnote-ref\" epub:type=\"noteref\""))
        // Note C is cited only from note A, so it goes with A; B goes with chapter two.
        #expect(one.contains("id=\"fn-4\""))
        #expect(two.contains("<aside id=\"fn-3\"") && two.contains("<a href=\"#fnref-3\" class=\"footnote-back\""))
        // The preface keeps its own note; notes nobody cites end the book.
        #expect(preface.contains("id=\"fn-1\""))
        #expect(
            three.contains("<div id=\"fn-5\" class=\"footnote\">")
                && three.contains("<div id=\"fn-6\" class=\"footnote\">"))
    }

    @Test func idsAreUniqueAcrossTheWholeBook() throws {
        for document in [BookSamples.crossChapter, BookSamples.nasty, BookSamples.illustratedKitchenSink] {
            let unpacked = try book(document)
            var seen: [String: String] = [:]
            for path in unpacked.chapters {
                for match in unpacked.text(path).matches(of: /\sid="([^"]*)"/) {
                    let id = String(match.output.1)
                    #expect(seen[id] == nil, "\(id) in \(path) and \(seen[id] ?? "")")
                    #expect(id.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_.\-]*/) != nil, "\(id) is not an XML name")
                    seen[id] = path
                }
            }
            #expect(unpacked.brokenLinks == [])
        }
    }

    @Test func theChapterLevelAndTableOfContentsDepthAreOptions() throws {
        let single = try book(BookSamples.crossChapter, EPUBWriter.Options(chapterLevel: 0))
        #expect(single.chapters == ["EPUB/chapter-001.xhtml"])
        #expect(single.brokenLinks == [])
        let fine = try book(BookSamples.crossChapter, EPUBWriter.Options(chapterLevel: 2, minimumChapterTextBytes: 0))
        #expect(fine.chapters.count == 5)
        #expect(fine.brokenLinks == [])

        let nav = try book(BookSamples.crossChapter, everyHeadingSplits).text("EPUB/nav.xhtml")
        #expect(
            nav.contains(
                """
                <ol>
                <li><a href="chapter-002.xhtml#one">Chapter One</a></li>
                <li><a href="chapter-003.xhtml#two">Chapter Two</a>
                <ol>
                <li><a href="chapter-003.xhtml#deep">A deep section</a></li>
                </ol>
                </li>
                <li><a href="chapter-004.xhtml#one-2">Chapter Three</a></li>
                </ol>
                """))
        #expect(nav.contains("<li><a epub:type=\"bodymatter\" href=\"chapter-001.xhtml\">Start of content</a></li>"))
        let shallow = try book(BookSamples.crossChapter, EPUBWriter.Options(tocDepth: 1, minimumChapterTextBytes: 0)).text("EPUB/nav.xhtml")
        #expect(!shallow.contains("A deep section") && shallow.contains("Chapter Three"))
        let ncx = try book(BookSamples.crossChapter, everyHeadingSplits).text("EPUB/toc.ncx")
        #expect(ncx.contains("<meta name=\"dtb:depth\" content=\"2\"/>"))
        #expect(
            ncx.contains(
                "<navPoint id=\"navpoint-3\" playOrder=\"3\">\n      <navLabel><text>A deep section</text></navLabel>"))
    }

    @Test func chaptersShorterThanAScreenGoOnIntoTheNext() throws {
        let merged = try book(BookSamples.crossChapter)
        #expect(merged.chapters == ["EPUB/chapter-001.xhtml"])
        #expect(merged.brokenLinks == [])
        let longText = String(repeating: "The wheel turned as the tide went out. ", count: 40)
        let document = Document(blocks: [
            .heading(Heading(level: 1, id: "a", content: [.text("A stub")])), .paragraph([.text("Two lines.")]),
            .heading(Heading(level: 1, id: "b", content: [.text("Long one")])), .paragraph([.text(longText)]),
            .heading(Heading(level: 1, id: "c", content: [.text("Another")])), .paragraph([.text(longText)]),
            .heading(Heading(level: 1, id: "d", content: [.text("A picture")])),
            .paragraph([.image(Image(source: "a.png", alternativeText: "A mill"))]),
            .heading(Heading(level: 1, id: "e", content: [.text("Last")])), .paragraph([.text("End.")]),
        ])
        let unpacked = try book(document)
        #expect(unpacked.chapters.count == 4)
        #expect(unpacked.text("EPUB/chapter-001.xhtml").contains("A stub") && unpacked.text("EPUB/chapter-001.xhtml").contains("Long one"))
        #expect(unpacked.text("EPUB/chapter-003.xhtml").contains("A picture") && !unpacked.text("EPUB/chapter-003.xhtml").contains("Last"))
        #expect(unpacked.text("EPUB/nav.xhtml").contains("<li><a href=\"chapter-001.xhtml#b\">Long one</a></li>"))
    }

    @Test func anArticleOpensOnItsTextHeadedByTheTitleBlock() throws {
        let unpacked = try book(BookSamples.illustratedKitchenSink)
        #expect(unpacked.files["EPUB/title.xhtml"] == nil)
        let text = unpacked.text("EPUB/chapter-001.xhtml")
        let titleBlock = try #require(text.firstRange(of: "<section class=\"title-page\" id=\"quire-title-page\" epub:type=\"titlepage\">"))
        #expect(text[..<titleBlock.lowerBound].hasSuffix("<body>\n"))
        for line in ["<h1 class=\"title\">The Tide Mill \"Turns\"</h1>", "<p class=\"author\">A. N. Other</p>",
                     "<p class=\"date\">2025-06-14</p>", "<p class=\"source\"><a href=\"https://news.example/mill\">"] {
            #expect(text[titleBlock.upperBound...].contains(line), "\(line)")
        }
        let nav = unpacked.text("EPUB/nav.xhtml")
        #expect(nav.contains("<a epub:type=\"titlepage\" href=\"chapter-001.xhtml#quire-title-page\">"))
        #expect(unpacked.brokenLinks == [])

        // A text that starts with the title as a heading keeps it, with the rest of the block after it.
        let repeated = Document(metadata: Metadata(title: "Low Water", authors: ["R. Reed"]), blocks: [
            .heading(Heading(level: 1, id: "low-water", content: [.text("Low Water")])), .paragraph([.text("Body.")]),
        ])
        let opening = try book(repeated, EPUBWriter.Options(), "repeated.epub").text("EPUB/chapter-001.xhtml")
        #expect(opening.contains("<h1 id=\"low-water\">Low Water</h1>\n<section class=\"title-page\" id=\"quire-title-page\" epub:type=\"titlepage\">\n<p class=\"author\">R. Reed</p>\n</section>\n<p>Body.</p>"))
    }

    @Test func aBookWithoutAPictureGetsACoverDrawnFromItsMetadata() throws {
        let document = Document(
            metadata: Metadata(title: "Low Water at the Old Mill", authors: ["R. Reed", "A. N. Other"], publisher: "The Estuary Ledger"),
            blocks: [.paragraph([.text("Body.")])])
        let unpacked = try book(document, EPUBWriter.Options(), "drawn.epub")
        let svg = unpacked.text("EPUB/images/cover.svg")
        for line in ["Low Water at the", "Old Mill", "R. Reed and A. N. Other", "The Estuary Ledger"] {
            #expect(svg.contains(">\(line)</text>"), "\(line) in \(svg)")
        }
        #expect(SVGSafety.problem(in: Array(svg.utf8)) == nil)
        #expect(unpacked.text("EPUB/content.opf").contains(
            "<item id=\"cover-image\" href=\"images/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\"/>"))
        #expect(unpacked.text("EPUB/cover.xhtml").contains("alt=\"Cover: Low Water at the Old Mill\""))
        #expect(try book(document, EPUBWriter.Options(), "again.epub").files == unpacked.files)

        let uncovered = try book(document, EPUBWriter.Options(includesCover: false), "uncovered.epub")
        #expect(uncovered.files.keys.filter { $0.contains("cover") } == [])
        let withPicture = try book(BookSamples.illustratedKitchenSink, EPUBWriter.Options(includesCover: false), "no-picture.epub")
        #expect(withPicture.files.keys.filter { $0.contains("cover") } == [])
    }

    @Test func aBookWithoutHeadingsStillHasAContentsEntry() throws {
        let unpacked = try book(Document(blocks: [.paragraph([.text("Just words.")])]))
        let nav = unpacked.text("EPUB/nav.xhtml")
        #expect(nav.contains("<ol>\n<li><a href=\"chapter-001.xhtml\">Untitled</a></li>\n</ol>"))
        #expect(unpacked.text("EPUB/toc.ncx").contains("<content src=\"chapter-001.xhtml\"/>"))
        #expect(unpacked.text("EPUB/content.opf").contains("<dc:language>und</dc:language>"))
        #expect(!unpacked.text("EPUB/content.opf").contains("structuralNavigation"))
    }

    @Test func theLanguageComesFromTheMetadataOrTheText() throws {
        let french = try book(BookSamples.french)
        #expect(french.text("EPUB/content.opf").contains("<dc:language>fr</dc:language>"))
        #expect(french.text("EPUB/chapter-001.xhtml").contains("lang=\"fr\" xml:lang=\"fr\""))
        var declared = BookSamples.french
        declared.metadata.language = "pt_BR"
        #expect(try book(declared).text("EPUB/content.opf").contains("<dc:language>pt-BR</dc:language>"))
        declared.metadata.language = "Français"
        #expect(try book(declared).text("EPUB/content.opf").contains("<dc:language>fr</dc:language>"))
    }

    @Test func nastyTextStaysTextEverywhere() throws {
        let unpacked = try book(BookSamples.nasty, everyHeadingSplits)
        let escaped = "&lt;script&gt;alert('x &amp; y')&lt;/script&gt;  ]]&gt; --&gt; \"q\" 🌊 \n end"
        #expect(unpacked.text("EPUB/content.opf").contains("<dc:title id=\"title\">\(escaped)</dc:title>"))
        #expect(
            unpacked.text("EPUB/content.opf").contains(
                "<dc:source>https://mill.example/a b?&lt;x&gt;&amp;y=\"1\"</dc:source>"))
        #expect(unpacked.text("EPUB/toc.ncx").contains("<text>\(escaped)</text>"))
        #expect(
            unpacked.text("EPUB/title.xhtml").contains("<a href=\"https://mill.example/a%20b?%3Cx%3E&amp;y=%221%22\">"))
        // The two level-1 headings make two chapters; the text is in the second.
        #expect(unpacked.chapters.count == 2)
        let chapter = unpacked.text("EPUB/chapter-002.xhtml")
        #expect(chapter.contains("<p>\(escaped)<code>\(escaped)</code>"))
        // Only absolute links survive in a book; scripts never.
        #expect(chapter.contains("script linkrelative link") && !chapter.contains("relative/page.html"))
        #expect(!chapter.contains("javascript"))
        // A missing image becomes its text alternative.
        #expect(!chapter.contains("missing.png"))
        for text in unpacked.files.values.map({ String(decoding: $0, as: UTF8.self) }) {
            #expect(!text.contains("\u{0}") && !text.contains("\u{1B}") && !text.contains("\u{85}"))
        }
    }

    @Test func everyXMLFileIsWellFormed() throws {
        var xmlFiles: [URL] = []
        let documents = [
            BookSamples.illustratedKitchenSink, BookSamples.crossChapter, BookSamples.nasty, BookSamples.deep,
            Document(),
        ]
        for (index, document) in documents.enumerated() {
            let unpacked = try book(
                document, EPUBWriter.Options(chapterLevel: index == 1 ? 2 : nil), "wf-\(index).epub")
            for (path, data) in unpacked.files
            where [".xhtml", ".opf", ".ncx", ".xml", ".svg"].contains(where: path.hasSuffix) {
                let file = scratch.appendingPathComponent(
                    "wf-\(index)-" + path.replacingOccurrences(of: "/", with: "_"))
                try data.write(to: file)
                xmlFiles.append(file)
            }
        }
        #expect(xmlFiles.count > 25)
        let problems = try BookTools.xmlProblems(xmlFiles)
        #expect(problems == "", "\(problems ?? "")")
    }

    /// A book's pages are XHTML readers parse strictly and must never run a script: raw HTML
    /// becomes the tree the HTML reader makes of it. Its words stay; no script element, event
    /// handler or unclosed tag reaches the page.
    @Test func rawHTMLBecomesWellFormedScriptFreeMarkup() throws {
        let document = Document(
            metadata: Metadata(title: "Raw"),
            blocks: [
                .rawHTML("<div onclick=\"x()\"><p>Kept <b>words<br></p><script>alert(1)</script><table><tr><td>cell</table>"),
                .paragraph([.text("a "), .rawHTML("<span onmouseover=\"x()\">"), .text("b"), .rawHTML("<![CDATA[ c ]]>"), .rawHTML("<br>")]),
                .rawHTML("<!-- gone -->"),
            ])
        let unpacked = try book(document)
        let chapter = unpacked.chapters.map(unpacked.text).joined()
        for word in ["Kept", "words", "cell", "a b c"] { #expect(chapter.contains(word), "\(word)") }
        for markup in ["<script", "onclick", "onmouseover", "<span", "gone", "CDATA"] { #expect(!chapter.contains(markup), "\(markup)") }
        let written = try unpacked.chapters.enumerated().map { index, path in
            let file = scratch.appendingPathComponent("raw-\(index).xhtml")
            try (unpacked.files[path] ?? Data()).write(to: file)
            return file
        }
        #expect(try BookTools.xmlProblems(written) == "")
    }
}
