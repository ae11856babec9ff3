import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Main-content extraction on web pages written for these tests (`fixtures/article.html`,
/// `fixtures/html/boilerplate-*.html`).
@Suite struct ArticleExtractionTests {
    /// Every prose paragraph of the article, as `fixtures/article.md` has it (the same article
    /// without the page), with the Markdown a reader does not see removed; the last paragraph
    /// there is the donation appeal.
    static func articleParagraphs() throws -> (article: [String], appeal: String) {
        let paragraphs = try Boilerplate.markdownParagraphs("article.md").map { paragraph in
            paragraph.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
                .replacingOccurrences(of: #"\[\^1\]:? ?"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "*", with: "")
        }.filter { !$0.hasPrefix("!") && !$0.hasPrefix("Table:") && $0.range(of: #"^\d+\. "#, options: .regularExpression) == nil }
        let appeal = try #require(paragraphs.last)
        return (Array(paragraphs.dropLast()), appeal)
    }

    @Test func theArticleFixtureKeepsEveryParagraphOfItsArticle() throws {
        let result = try Boilerplate.fixture("article.html")
        let (article, appeal) = try Self.articleParagraphs()
        #expect(article.count == 11)
        let text = result.text.replacingOccurrences(of: "\u{A0}", with: " ")
        for paragraph in article {
            #expect(text.contains(paragraph), "lost: \(paragraph.prefix(60))")
        }
        #expect(!text.contains(appeal.prefix(40)))
        #expect(result.warnings.isEmpty)
    }

    @Test func theArticleFixtureLosesItsPage() throws {
        let text = try Boilerplate.fixture("article.html").text
        for furniture in [
            "We use cookies", "Skip to content", "independent news for the coast", "What’s On", "Home",
            "Share:", "Facebook", "Related:", "Ilven lifeboat station", "Advertisement", "Sign up for our weekly newsletter",
            "Email address", "If you value our journalism", "Tags:", "heritage correspondent", "2 comments",
            "My grandfather worked the sluice", "Leave a comment", "Most read", "Harbour car park charges",
            "About us", "All rights reserved", "Heritage\n", "5 min read",
        ] {
            #expect(!text.contains(furniture), "kept: \(furniture)")
        }
    }

    @Test func whatTheMetadataSaysIsNotRepeatedAtTheTop() throws {
        let result = try Boilerplate.fixture("article.html")
        #expect(result.document.metadata.title == "The Tide Mill Turns Again")
        #expect(result.document.metadata.authors == ["Nell Marchbank"])
        #expect(!result.text.contains("The Tide Mill Turns Again"))
        #expect(!result.text.contains("Saturday 14 June 2025"))
        #expect(!result.text.contains("By Nell Marchbank"))
        // The standfirst introduces the article: it becomes the subtitle, not a body paragraph.
        #expect(result.document.metadata.subtitle?.hasPrefix("After sixty-one years standing idle") == true)
        #expect(result.paragraphs.first?.hasPrefix("On a grey Thursday morning in May") == true)
        // The footer's copyright line is not lost: it is the page's rights statement.
        #expect(result.document.metadata.rights == "© 2025 The Estuary Ledger. All rights reserved.")
    }

    /// The reviewed result of the defaults on the article page, as Markdown.
    @Test func theArticleFixtureGolden() throws {
        let result = try Boilerplate.fixture("article.html")
        try expectGolden(MarkdownWriter.write(result.document, options: MarkdownWriter.Options()), named: "article-html-extracted.md")
    }

    /// The reviewed result as the benchmark reads it: text alone, without the title block, link
    /// targets, images or the figure's photo caption.
    @Test func theArticleFixtureAsBareTextGolden() throws {
        let result = try Boilerplate.fixture("article.html")
        let options = TextWriter.Options(links: .none, includesTitleBlock: false)
        try expectGolden(TextWriter.write(result.document, options: options), named: "article-html-extracted.txt")
    }

    @Test func eachRemovedBlockIsReportedWithAReason() throws {
        let result = try Boilerplate.fixture("article.html")
        #expect(result.stripped.count >= 15)
        #expect(result.stripped.allSatisfy { !$0.reason.isEmpty && $0.file == "article.html" })
        let reasons = result.stripped.map(\.reason)
        #expect(reasons.contains { $0.hasPrefix("outside the article") })
        #expect(reasons.contains { $0.hasPrefix("site furniture by its name (div#newsletter-inline") })
        #expect(reasons.contains("repeats the title"))
        #expect(reasons.contains("standfirst, moved to the metadata as the subtitle"))
        let newsletter = try #require(result.stripped.first { $0.text.contains("Sign up for our weekly newsletter") })
        #expect(newsletter.transform == .articleExtraction)
        let line = try JSONValue(parsing: Array(newsletter.reportLine.dropLast()))
        #expect(line["input"] == .string("article.html"))
        #expect(line["transform"] == .string("extraction"))
        #expect(line["text"] == .string(newsletter.text))
        #expect(newsletter.reportLine.last == 10)
    }

    @Test func commentsAreLeftOutEvenWhenTheyAreLongerThanTheArticle() throws {
        let result = try Boilerplate.fixture("html/boilerplate-blog.html")
        let text = result.text
        #expect(text.hasPrefix("The storm at the end of January brought down eleven metres"))
        #expect(text.contains("One on two, two on one"))
        #expect(text.contains("A wall is only as good as the stone you cannot see."))
        #expect(text.contains("Throughs: long stones laid across both faces"))
        #expect(text.hasSuffix("I did not find myself checking for new gaps."))
        for furniture in [
            "My grandfather walled", "Brenna Holt", "walling course", "Leave a reply", "Related posts", "Laying the lane hedge",
            "Patreon", "Mastodon", "About this blog", "Archives", "cookies", "Posted by Ada Ferrand", "Hedges", "Email",
        ] {
            #expect(!text.contains(furniture), "kept: \(furniture)")
        }
        #expect(result.document.metadata.rights == "© 2024 Upland Notes. Some rights reserved.")
    }

    @Test func aPageLaidOutWithATableKeepsItsTextCell() throws {
        let result = try Boilerplate.fixture("html/boilerplate-table-layout.html")
        #expect(result.paragraphs.count == 4)
        #expect(result.text.hasPrefix("For nearly ninety years a small open boat"))
        #expect(!result.text.contains("Lighthouses"))
        #expect(!result.text.contains("Page last changed"))
        #expect(result.warnings.isEmpty)
    }

    @Test func tooLittleArticleKeepsTheWholePageWithAWarning() throws {
        let result = try Boilerplate.fixture("html/boilerplate-too-short.html")
        #expect(
            result.warnings == [
                ConversionWarning(
                    file: "html/boilerplate-too-short.html",
                    message: "article extraction kept only 7 words; whole page kept")
            ])
        #expect(result.text.contains("The fell road is closed until Friday."))
        #expect(result.text.contains("Road closed"))
        #expect(result.stripped.allSatisfy { $0.transform == .appealRemoval })
    }

    /// A short documentation page: the box of a tab panel's code is named `content`, which
    /// outscored the article's three paragraphs. Scored again without the names' weight, as
    /// Readability does before giving up, the article wins, instead of the whole page and its menu.
    @Test func aSmallBoxNamedContentDoesNotOutweighTheArticle() throws {
        let page = """
            <html><head><title>Log rotation</title></head><body><nav><a href="/">Home</a> <a href="/docs">Docs</a></nav>\
            <article><h1>Log rotation</h1><p>The service rotates its logs by size or by date, and both settings live in one file.</p>\
            <div class="tabs"><div class="labels"><label>TOML</label></div><div class="tab-content"><div class="block">\
            <pre><code>[logs]\nrotate = "size"\nmax_size = "50MB"</code></pre></div></div></div>\
            <p>Rotation by size keeps the newest files and removes the oldest when the folder grows past its limit.</p>\
            <p>Rotation by date starts a new file at midnight and keeps thirty days of files unless told otherwise.</p>\
            </article><footer>Copyright 2026 Example</footer></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.text.hasPrefix("The service rotates its logs"), "\(result.text)")
        #expect(result.text.contains("max_size = \"50MB\""))
        #expect(result.text.hasSuffix("unless told otherwise."))
        #expect(!result.text.contains("Home"))
    }

    /// A quotation's `footer` is its attribution, kept even when it is only a linked name; the
    /// page's footer still goes.
    @Test func aQuotationKeepsItsAttribution() throws {
        let page = """
            <html><head><title>The regatta</title></head><body><article><h1>The regatta</h1>\
            <p>Forty boats started in a fresh westerly, and thirty-one finished before the tide turned.</p>\
            <blockquote><p>It was the best racing we have had in ten years.</p>\
            <footer>— <cite><a href="/people/ellis">Commodore Ellis</a></cite></footer></blockquote>\
            <p>Full results will be posted on the club noticeboard by Friday, with handicaps applied.</p>\
            </article><footer><p>Harbour Sailing Club, Quay Street</p></footer></body></html>
            """
        let text = try Boilerplate.html(page).text
        #expect(text.contains("— Commodore Ellis"), "\(text)")
        #expect(!text.contains("Quay Street"))
    }

    @Test func aPageWithoutProseIsKeptWhole() throws {
        let links = (1...12).map { "<li><a href=/\($0)>Section number \($0)</a></li>" }.joined()
        let result = try Boilerplate.html("<html><body><ul>\(links)</ul></body></html>")
        #expect(result.paragraphs.count == 12)
        #expect(result.warnings.map(\.message) == ["article extraction kept no paragraph of prose; whole page kept"])
    }

    @Test func aPageShorterThanAFewSentencesIsItsOwnArticle() throws {
        let result = try Boilerplate.html("<html><body><div class=menu><a href=/>Home</a></div><p>Closed today.</p></body></html>")
        #expect(result.text == "Home\nClosed today.")
        #expect(result.warnings.isEmpty)
    }

    @Test func anArticleAboutDonationsKeepsItsParagraphs() throws {
        let result = try Boilerplate.fixture("html/boilerplate-donations.html")
        let article = try Boilerplate.markdownParagraphs("boilerplate/donations-article.md")
            .map { $0.replacingOccurrences(of: "*", with: "") }
        #expect(article.count == 8)
        for paragraph in article {
            #expect(result.paragraphs.contains(paragraph), "lost: \(paragraph.prefix(60))")
        }
        #expect(result.paragraphs.count == article.count)
        #expect(!result.text.contains("reader-funded"))
        #expect(!result.text.contains("Support independent journalism"))
        #expect(!result.text.contains("By Fergus Lindqvist"))
        #expect(result.stripped.contains { $0.transform == .appealRemoval && $0.text.hasPrefix("Coastline Weekly is reader-funded") })
    }

    @Test func aCaptionRepeatedInAGalleryIsKeptOnce() throws {
        let prose = (1...6).map { "<p>Paragraph \($0) of the story, long enough to be prose, with a comma, and a full stop.</p>" }
        let caption = "The quay at low water, with the ferry tied up at the old iron ring below the inn."
        let slides = (1...3).map { _ in "<div class=\"slide\"><img src=\"q.jpg\" alt=\"\"><p>\(caption)</p></div>" }
        let steps = "<div class=\"plan\"><p>Walk for ten minutes along the harbour wall to the steps.</p><p>Rest.</p>"
            + "<p>Walk for ten minutes along the harbour wall to the steps.</p></div>"
        let page = "<html><body><div class=\"story\">" + prose.joined() + slides.joined() + steps + "</div></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.filter { $0 == caption }.count == 1)
        #expect(result.paragraphs.filter { $0.hasPrefix("Walk for ten minutes") }.count == 2)
        // The repeated slides go as boxes repeating the first one.
        #expect(result.stripped.filter { $0.reason.hasPrefix("repeats an earlier box") }.count == 2)
    }

    @Test func keepBoilerplateLeavesThePageAsRead() throws {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent("article.html")))
        var warnings: [ConversionWarning] = []
        let read = try HTMLReader.read(ReaderInput(bytes: bytes, name: "article.html"), warnings: &warnings)
        let kept = try Boilerplate.run(bytes, format: .html, name: "article.html", policy: .keep)
        #expect(kept.document == read)
        #expect(kept.stripped.isEmpty)
    }

    @Test func titleAndDateLinesAreRecognisedInSeveralForms() {
        let metadata = Metadata(title: "Harbour wall repaired", authors: ["Jo Penrose"])
        let blocks: [Block] = [
            .paragraph([.link(Link(url: "/news", content: [.text("News")]))]),
            .heading(Heading(level: 1, content: [.text("Harbour wall repaired")])),
            .paragraph([.text("By Jo Penrose | 14 June 2025, 09:12 BST")]),
            .paragraph([.text("Updated 3 hours ago")]),
            .paragraph([.text("5 min read")]),
            .paragraph([.text("By noon the tide had turned, and the masons went home.")]),
            .paragraph([.text("Jo Penrose watched them from the quay, as she has every spring since the wall was built.")]),
        ]
        var leading = LeadingMetadata(metadata: metadata)
        let kept = leading.strip(blocks)
        #expect(kept == Array(blocks.suffix(2)))
        #expect(leading.stripped.map(\.reason) == [
            "above the title (section, breadcrumb or label)", "repeats the title", "byline (the author is in the metadata)",
            "date or reading time line", "date or reading time line",
        ])
    }

    @Test func classNamesAreReadAsWords() {
        #expect(ClassHints(id: nil, classes: ["post-content"]).isPositive)
        #expect(ClassHints(id: "comments", classes: ["comments-area", "post-comments"]).isFurniture)
        #expect(ClassHints(id: nil, classes: ["shareBar"]).isFurniture)
        #expect(ClassHints(id: nil, classes: ["adsidebar"]).isFurniture)
        #expect(!ClassHints(id: nil, classes: ["loading", "head"]).isFurniture)
        #expect(!ClassHints(id: nil, classes: ["entry-header"]).isFurniture)
        #expect(!ClassHints(id: nil, classes: ["social-media-embed"]).isFurniture)
        #expect(ClassHints(id: nil, classes: ["screen-reader-text"]).isHidden)
        #expect(ClassHints.words(of: "articleBody__text-2") == ["article", "body", "text", "2"])
        // Who wrote it is what an author box is about, beside `entry` or `post`.
        #expect(ClassHints(id: nil, classes: ["entry-author-bio"]).isFurniture)
        #expect(ClassHints(id: nil, classes: ["post-author"]).isStrongFurniture)
    }

    /// Teasers of other stories inside the article's box: a list of `article` elements under a
    /// "More in ..." heading, and a box of them; the heading goes with its list.
    @Test func otherArticlesInsideTheArticleAreLeftOut() throws {
        let prose = (1...6).map { "<p>Paragraph \($0) of the ferry story, long enough to be prose, with a comma, and a full stop.</p>" }
        func teaser(_ number: Int) -> String {
            "<article class=\"teaser\"><div class=\"excerpt\"><p>Teaser \(number): the lifeboat crew trained in the bay all weekend, and the new launch went well, by all accounts.</p></div></article>"
        }
        let page = "<html><body><div class=\"story-body\">" + prose.joined()
            + "<h2>More in Harbour News</h2><ul>" + (1...3).map { "<li>\(teaser($0))</li>" }.joined() + "</ul>"
            + "<div class=\"more\">" + teaser(4) + teaser(5) + "</div></div></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.text.contains("Paragraph 6 of the ferry story"))
        #expect(!result.text.contains("Teaser"))
        #expect(!result.text.contains("More in Harbour News"))
        let reasons = result.stripped.map(\.reason)
        #expect(reasons.contains("list of other articles (3 article boxes)"))
        #expect(reasons.contains("other articles (div.more, 2 article boxes)"))
        #expect(reasons.contains("heading of a section removed"))
    }

    @Test func theAuthorsBiographyInsideTheArticleIsLeftOut() throws {
        let prose = (1...6).map { "<p>Paragraph \($0) of the ferry story, long enough to be prose, with a comma, and a full stop.</p>" }
        let bio = "Morwenna Tallack is a harbour reporter who has lived on the estuary for twenty years, with her two dogs, a leaking dinghy and a great many tide tables."
        let page = "<html><body><article class=\"post\">" + prose.joined()
            + "<div class=\"post-author\"><div class=\"author-content\"><p>\(bio)</p></div></div></article></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.text.contains("Paragraph 6 of the ferry story"))
        #expect(!result.text.contains("Morwenna Tallack"))
        #expect(result.stripped.contains { $0.reason.hasPrefix("site furniture by its name (div.post-author") })
    }
}
