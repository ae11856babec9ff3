@testable import Quire
import QuireDocument
import Testing

/// Metadata from `<head>`, JSON-LD and the body, best source first.
@Suite struct HTMLMetadataTests {
    let pageURL = "https://pages.example/news/item.html"

    @Test func readsOpenGraphAndTwitterCards() throws {
        let metadata = try HTMLTest.fixture("metadata-open-graph.html", baseURL: pageURL).metadata
        #expect(
            metadata
                == Metadata(
                    // `<title>` matches the page's h1; the social card's longer title does not.
                    title: "Ferry timetable changes", authors: ["Tamsin Orley", "Bryn Hollis"],
                    date: DocumentDate(iso8601: "2025-06-30T18:05:00+01:00"), language: "en-GB",
                    publisher: "Ilven Crossing News", description: "The chain ferry runs later from July.",
                    rights: "© 2025 Ilven Crossing News", sourceURL: pageURL,
                    canonicalURL: "https://pages.example/news/ferry-timetable", keywords: ["Transport", "Ilven"],
                    coverImage: "https://pages.example/img/ferry.jpg"))
    }

    @Test func readsJSONLDGraphsAndFollowsReferences() throws {
        let metadata = try HTMLTest.fixture("metadata-json-ld.html").metadata
        #expect(
            metadata
                == Metadata(
                    // The first h1 confirms `<title>` over the JSON-LD headline.
                    title: "Night of the bore tide", authors: ["Wren Pascoe", "Ossian Tregear"],
                    date: DocumentDate(iso8601: "2025-09-21T21:40:00"), language: "cy", publisher: "Creek Almanac Press",
                    description: "Watching the bore come up the creek by lantern light.",
                    keywords: ["tides", "creek", "night walks"], coverImage: "https://almanac.example/img/bore.jpg"))
    }

    @Test func fallsBackToTitleTimeBylineAndDublinCore() throws {
        let metadata = try HTMLTest.fixture("metadata-fallbacks.html").metadata
        #expect(
            metadata
                == Metadata(
                    title: "How the lock keeper keeps time", authors: ["Morwenna Keast"],
                    date: DocumentDate(iso8601: "2024-03-14T09:00Z"), language: "kw",
                    description: "A day at the lower lock.", rights: "CC BY-SA 4.0",
                    canonicalURL: "https://tinplate.example/blog/lock-keeper", keywords: ["locks", "canals", "keepers"]))
    }

    @Test func readsTheArticleFixture() throws {
        let url = fixturesDirectory.appendingPathComponent("article.html")
        var warnings: [ConversionWarning] = []
        let document = try HTMLReader.read(
            ReaderInput(bytes: Array(try String(contentsOf: url, encoding: .utf8).utf8), name: "article.html"),
            warnings: &warnings)
        #expect(
            document.metadata
                == Metadata(
                    title: "The Tide Mill Turns Again", authors: ["Nell Marchbank"],
                    date: DocumentDate(iso8601: "2025-06-14T07:30:00+01:00"), language: "en",
                    publisher: "The Estuary Ledger",
                    description: "Volunteers in Brackwater have spent seven years restoring the town’s 1791 tide mill. This spring, the wheel turned again.",
                    canonicalURL: "https://www.estuaryledger.example/features/2025/06/14/brackwater-tide-mill-turns-again",
                    keywords: ["Heritage", "Brackwater"],
                    coverImage: "https://www.estuaryledger.example/media/2025/06/tide-mill-wheel-1200.jpg"))
        #expect(warnings.isEmpty)
    }

    @Test func eachSourceIsUsedWhenTheBetterOnesAreMissing() throws {
        func metadata(_ head: String, body: String = "") throws -> Metadata {
            try HTMLTest.read("<html><head>\(head)</head><body>\(body)</body></html>").metadata
        }
        // Title: <title> with its site suffix when nothing better exists; the article's h1 before it.
        #expect(try metadata("<title>Sluice repairs | Mill Trust</title>").title == "Sluice repairs")
        #expect(try metadata("<title>A - B - C</title>").title == "A - B")
        #expect(try metadata("<title>Quay | Harbour Notes</title>").title == "Quay")
        #expect(try metadata("<title>Quay - Harbour Notes</title>").title == "Quay - Harbour Notes")
        #expect(try metadata("<title>Only a title</title>").title == "Only a title")
        #expect(
            try metadata("<title>T</title>", body: "<h1>Outside</h1><article><h1>Inside</h1></article>").title == "Inside")
        #expect(try metadata("", body: "<h1>Lock<br>keeping</h1>").title == "Lock keeping")
        // Authors: article:author only when it is a name, not a profile URL; rel=author; JSON-LD strings.
        #expect(try metadata("<meta property=article:author content=\"https://x.example/me\">").authors.isEmpty)
        #expect(try metadata("<meta property=article:author content=\"Ada Quill\">").authors == ["Ada Quill"])
        #expect(try metadata("", body: "<a rel=\"author nofollow\" href=\"/a\">By Ada Quill</a>").authors == ["Ada Quill"])
        #expect(
            try metadata("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Smith, J.\"}</script>")
                .authors == ["Smith, J."])
        #expect(try metadata("<meta name=author content=\"Ada Quill; Bo Penrose\">").authors == ["Ada Quill", "Bo Penrose"])
        // Date: <time datetime>, then the Dublin Core and plain date metas, normalised.
        #expect(try metadata("", body: "<time datetime=\"2024-02-03\">3 Feb</time>").date?.iso8601 == "2024-02-03")
        #expect(try metadata("<meta name=date content=\"March 5th, 2023\">").date?.iso8601 == "2023-03-05")
        #expect(try metadata("<meta name=date content=\"05/03/2023\">").date == nil)
        // Language: <html lang> before content-language and og:locale; junk is ignored.
        #expect(try HTMLTest.read("<html lang=\"pt_BR\"><p>x</p></html>").metadata.language == "pt-BR")
        #expect(try HTMLTest.read("<html lang=\"not a tag!\"><p>x</p></html>").metadata.language == nil)
        // Cover image and canonical URL from their second-best sources.
        #expect(try metadata("<meta name=twitter:image content=\"https://i.example/t.jpg\">").coverImage == "https://i.example/t.jpg")
        #expect(try metadata("<meta property=og:url content=\"https://x.example/c\">").canonicalURL == "https://x.example/c")
        #expect(try metadata("<meta name=keywords content=\"a, b,, a\">").keywords == ["a", "b"])
    }

    /// The HTML reader reads dates with the text reader's parser, so a page's date metas may be
    /// written in any of its six languages or as numeric day-first dates.
    @Test(arguments: [
        ("<meta name=date content=\"dimanche 4 janvier 2026\">", "", "2026-01-04"),
        ("<meta name=dc.date content=\"4 de enero de 2026\">", "", "2026-01-04"),
        ("<meta name=pubdate content=\"4.1.2026\">", "", "2026-01-04"),
        ("", "<time datetime=\"4. Januar 2026\">4. Januar</time>", "2026-01-04"),
        (
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"4 de janeiro de 2026\"}</script>",
            "", "2026-01-04"
        ),
        ("<meta name=date content=\"03/04/2026\">", "", nil),
    ] as [(String, String, String?)])
    func readsDatesInSixLanguagesWithoutPublishedTime(head: String, body: String, iso: String?) throws {
        let metadata = try HTMLTest.read("<html><head>\(head)</head><body>\(body)<p>Text.</p></body></html>").metadata
        #expect(metadata.date?.iso8601 == iso)
    }

    @Test func ignoresJSONLDThatIsNotAnArticle() throws {
        let head = """
            <script type="application/ld+json">{"@type": "Recipe", "name": "Bread", "author": "Baker"}</script>
            <script type="application/ld+json">[{"@type": "WebPage", "mainEntity": {"@type": "schema:ReportageNewsArticle", "headline": "Nested"}}]</script>
            """
        let metadata = try HTMLTest.read("<html><head>\(head)</head><body></body></html>").metadata
        #expect(metadata.title == "Nested")
        #expect(metadata.authors.isEmpty)
    }

    @Test func survivesCircularJSONLDReferences() throws {
        let head = """
            <script type="application/ld+json">{"@graph": [
              {"@type": "Article", "@id": "#a", "headline": "Loop", "author": {"@id": "#p"}},
              {"@type": "Person", "@id": "#p", "name": {"@id": "#p"}}]}</script>
            """
        let metadata = try HTMLTest.read("<html><head>\(head)</head></html>").metadata
        #expect(metadata.title == "Loop")
        #expect(metadata.authors.isEmpty)
    }

    @Test func theSourceURLIsThePageAddress() throws {
        let metadata = try HTMLTest.read("<p>x</p>", baseURL: pageURL).metadata
        #expect(metadata.sourceURL == pageURL)
    }

    /// Whether a heading is inside an `article` (or a `title` inside an `svg`) was found by
    /// walking each one's ancestors: 40,000 unclosed elements, each holding an `h1`, took 27 s.
    @Test func headingsInDeeplyNestedElementsAreReadInLinearTime() throws {
        let page = "<title>T</title><article>" + String(repeating: "<x-a><h1>Heading</h1>", count: 40_000)
        var title: String?
        let elapsed = ContinuousClock().measure { title = try? HTMLTest.read(page).metadata.title }
        #expect(title == "Heading")
        #expect(elapsed < .seconds(20))
        #expect(try HTMLTest.read("<svg><title>Icon</title></svg><title>Page</title>").metadata.title == "Page")
    }
}
