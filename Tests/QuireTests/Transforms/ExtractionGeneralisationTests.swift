import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Extraction on layouts shaped like the real pages it failed on (issue 15), each written for
/// these tests (`fixtures/html/extraction-*.html`): a name is evidence, not a verdict; headings
/// keep their titles without their permalink marks; an article split across boxes is taken whole; a wiki page keeps its
/// infobox and loses its edit links; and a doubtful choice warns and keeps more.
@Suite struct ExtractionGeneralisationTests {
    /// The `article` element with `promoted` and `author-7` in its classes, in a `main` named for
    /// a social script, beside a short neutral box and a longer comment thread.
    @Test func anArticleElementIsNotSetAsideForItsClassNames() throws {
        let result = try Boilerplate.fixture("html/extraction-named-article.html")
        #expect(result.text.hasPrefix("Nobody in the valley remembers who planted the first pear trees"))
        #expect(result.text.contains("bred by a gardener at the mill in the nineteenth century"))
        #expect(result.paragraphs.count == 5)
        for furniture in ["independent newspaper of the upper valley", "My grandmother", "Most read", "Market Row"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
        #expect(result.warnings.isEmpty)
    }

    /// Documentation sections whose ids spell their headings (`sharing-...`, `comments-and-...`),
    /// headings carrying a `¶` permalink, and the code blocks of each section.
    @Test func documentationSectionsKeepTheirHeadingsAndCode() throws {
        let result = try Boilerplate.fixture("html/extraction-documentation.html")
        var headings: [String] = []
        var codeBlocks = 0
        TreeWalk.visit(result.document.blocks) { block in
            if case .heading(let heading) = block { headings.append(heading.content.visibleText) }
            if case .codeBlock = block { codeBlocks += 1 }
        }
        #expect(headings == ["Sharing a workspace with yourself", "Comments and reviews", "Getting out of trouble"])
        #expect(result.document.metadata.title == "Working together")
        #expect(codeBlocks == 3)
        #expect(result.text.contains("Reviewers leave their comments on a change"))
        #expect(result.text.contains("The simplest case is one person working on two machines"))
        #expect(!result.text.contains("Table of contents"))
        #expect(!result.text.contains("previous"))
        #expect(!result.stripped.contains { $0.reason.hasPrefix("site furniture by its name (div#") })
    }

    /// A documentation page: its section's first paragraph is the text, not a standfirst; the
    /// `¶` and `#` marks are not part of the headings; the footer's rights statement is the
    /// copyright, not the generator's credit after it.
    @Test func aDocumentationPageKeepsItsOpeningParagraphAndLosesItsControls() throws {
        let page = """
            <html lang="en"><head><title>Configuring the gauge &#8212; Gauge 2.1 documentation</title></head><body>
            <div class="related" role="navigation"><h3>Navigation</h3><ul><li><a href="genindex.html">index</a></li></ul></div>
            <div class="document"><div class="body" role="main"><section id="configuring">
            <h1>Configuring the gauge<a class="headerlink" href="#configuring" title="Link to this heading">¶</a></h1>
            <p>The gauge reads its settings from <code>gauge.toml</code> at start-up. Every key has a default, so an empty file is valid.</p>
            <section id="sampling"><h2>Sampling<a class="headerlink" href="#sampling">¶</a></h2>
            <p>Set the rate in hertz:</p><pre>[sampling]\nrate = 4</pre>
            <h3 id="window">Window <a class="anchor" href="#window">#</a></h3><p>The window is averaged into one reading.</p>
            <h3 id="see"><a href="#see">Seeing the window</a></h3><p>Plot it with <a href="#window">¶</a> marks.</p>
            </section></section></div>
            <div class="sphinxsidebar" role="navigation"><h3>Quick search</h3><form action="search.html"><input name="q"></form></div></div>
            <div class="footer">&#169;2026, Harbour Instruments. | Powered by <a href="https://sphinx.example/">Sphinx</a> | <a href="src.txt">Page source</a></div>
            </body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.document.metadata.title == "Configuring the gauge")
        #expect(result.document.metadata.subtitle == nil)
        #expect(result.paragraphs.first == "The gauge reads its settings from gauge.toml at start-up. Every key has a default, so an empty file is valid.")
        var headings: [String] = []
        TreeWalk.visit(result.document.blocks) { block in
            if case .heading(let heading) = block { headings.append(heading.content.visibleText) }
        }
        #expect(headings == ["Sampling", "Window", "Seeing the window"])
        #expect(result.text.contains("Plot it with ¶ marks."))
        #expect(result.document.metadata.rights == "©2026, Harbour Instruments.")
    }

    @Test func aRightsLineKeepsItsStatementAndLicenceWithoutTheFooterAroundIt() {
        #expect(AppealJudge.rightsPart(of: "About | © 2026 Tide Press · All rights reserved • Privacy") == "© 2026 Tide Press | All rights reserved")
        #expect(AppealJudge.rightsPart(of: "Copyright 2026 Ann Lee | CC BY 4.0 | Built with Hugo") == "Copyright 2026 Ann Lee | CC BY 4.0")
        #expect(AppealJudge.rightsPart(of: "© 2026 Tide Press. All rights reserved.") == "© 2026 Tide Press. All rights reserved.")
    }

    @Test func aBoxWhoseIdSpellsItsHeadingIsATitledSectionOnlyAmongOthers() {
        func section(_ id: String, _ title: String) -> Block {
            .container(Container(id: id, classes: ["section"], content: [
                .heading(Heading(level: 2, content: [.text(title)])), .paragraph([.text("Text.")]),
            ]))
        }
        let sections = [section("comments-and-reviews", "Comments and reviews"), section("getting-started", "Getting started")]
        #expect(TitledSections.places(in: sections) == [0, 1])
        // A lone "Related articles" box whose id repeats its heading is still judged by its name.
        #expect(TitledSections.places(in: [section("related-articles", "Related articles"), .paragraph([.text("x")])]).isEmpty)
        #expect(!TitledSections.isTitle("comments", of: [.heading(Heading(level: 2, content: [.text("Reader letters")]))]))
    }

    @Test func aHeadingLinkingToItselfIsNotATeaser() {
        let permalink: [Inline] = [.text("Working together"), .link(Link(url: "#working-together", content: [.text("¶")]))]
        let backToContents: [Inline] = [.link(Link(url: "#id3", content: [.text("Getting out of trouble")]))]
        let teaser: [Inline] = [.link(Link(url: "/2026/05/another-story", content: [.text("Another story entirely")]))]
        #expect(!HeadingControls.linksElsewhere(permalink))
        #expect(!HeadingControls.linksElsewhere(backToContents))
        #expect(HeadingControls.linksElsewhere(teaser))
    }

    /// The recipe's introduction, an inline advertisement, the ingredients in their own box, a
    /// photo box, and the method in a box named `read-more`.
    @Test func anArticleSplitAcrossSiblingBoxesIsTakenWhole() throws {
        let result = try Boilerplate.fixture("html/extraction-split-article.html")
        #expect(result.text.hasPrefix("Damson cheese is not a cheese at all"))
        #expect(result.text.contains("2 kg damsons"))
        #expect(result.text.contains("Push the pulp through a sieve"))
        #expect(result.text.hasSuffix("as the old farmhouse cooks did at Christmas."))
        for furniture in ["Advertisement", "More recipes", "Rowan jelly", "temperamental oven"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
        #expect(result.warnings.isEmpty)
    }

    @Test func aWikiPageKeepsItsInfoboxAndLosesItsEditLinks() throws {
        let result = try Boilerplate.fixture("html/extraction-wiki.html")
        var tables = 0
        var headings: [String] = []
        TreeWalk.visit(result.document.blocks) { block in
            if case .table = block { tables += 1 }
            if case .heading(let heading) = block { headings.append(heading.content.visibleText) }
        }
        #expect(tables == 1)
        #expect(result.text.contains("Brackwater Mill Trust"))
        // "See also" went with its list of links; no heading keeps its "[edit]".
        #expect(headings == ["History", "Machinery", "References"])
        #expect(!result.text.contains("Navigation menu"))
        #expect(!result.text.contains("List of tide mills"))
        #expect(result.text.contains("returned the wheel to working order in the spring of 2025"))
    }

    @Test func anEditLinkIsTakenOutOfAHeadingButNotOtherBrackets() {
        let edit: [Inline] = [
            .span(Span(classes: ["mw-headline"], content: [.text("History")])),
            .span(Span(classes: ["mw-editsection"], content: [
                .text("["), .link(Link(url: "/w/index.php?action=edit", content: [.text("edit")])), .text("]"),
            ])),
        ]
        #expect(HeadingControls.removingEditLink(edit).visibleText == "History")
        let plain: [Inline] = [.text("The year in review [2025]")]
        #expect(HeadingControls.removingEditLink(plain) == plain)
    }

    /// The article in one short paragraph box after another, and a long market-data disclaimer,
    /// full of commas, in a neutral box at the foot of the page: the disclaimer scores best.
    @Test func aFooterDisclaimerChosenAsTheArticleWarnsAndKeepsMore() throws {
        let result = try Boilerplate.fixture("html/extraction-footer-disclaimer.html")
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.message.hasPrefix("article extraction unsure (the chosen text holds "))
        #expect(warning.message.hasSuffix("of the page's prose); kept the page without its navigation"))
        #expect(ArticleExtraction.isDoubt(warning))
        #expect(result.text.contains("The old car ferry made its final crossing of the sound"))
        #expect(result.text.contains("the night the ferry carried a piano across"))
        #expect(!result.text.contains("Advertise with us"))
        #expect(!result.text.contains("Northline World Business"))
    }

    @Test func aSmallShareOfTheProseIsDoubtfulOnlyWhenTheChoiceDoesNotStandOut() {
        let post: [Block] = (1...3).map { _ in
            .paragraph([.text("The harbour master opened the sluice at dawn, and the boats went out on the ebb as they always have.")])
        }
        let judge = AppealJudge(rules: .builtIn)
        #expect(Confidence.doubt(about: post, readableProse: 3_000, runnerUpShare: 0.2, judge: judge) == nil)
        #expect(Confidence.doubt(about: post, readableProse: 3_000, runnerUpShare: 0.8, judge: judge)?.hasPrefix("the chosen text holds") == true)
    }

    @Test func aConfidentChoiceGivesNoWarning() throws {
        for page in ["article.html", "html/boilerplate-blog.html", "html/extraction-wiki.html"] {
            #expect(try Boilerplate.fixture(page).warnings.isEmpty, "\(page)")
        }
    }

    @Test func aShortLegalNoticeAsTheWholeChoiceIsDoubtful() {
        let notice: [Block] = [
            .paragraph([.text("Prices are delayed by fifteen minutes. Copyright 2026 Example Data Ltd. All rights reserved.")]),
        ]
        let judge = AppealJudge(rules: .builtIn)
        #expect(Confidence.doubt(about: notice, readableProse: 200, runnerUpShare: 0, judge: judge) == "the chosen text reads like a footer's legal notice")
        let story: [Block] = (1...4).map { _ in
            .paragraph([.text("The harbour master opened the sluice at dawn, and the boats went out on the ebb as they always have.")])
        } + notice
        #expect(Confidence.doubt(about: story, readableProse: 600, runnerUpShare: 0, judge: judge) == nil)
    }
}

/// What the text writer does with what extraction leaves: soft hyphens and the standfirst.
@Suite struct ExtractedTextTests {
    @Test func softHyphensAreNotWritten() {
        let document = Document(blocks: [.paragraph([.text("The marsh\u{AD}land floods twice a year.")])])
        let text = String(decoding: TextWriter.write(document, options: TextWriter.Options(links: .none)), as: UTF8.self)
        #expect(text == "The marshland floods twice a year.\n")
    }

    @Test func withoutTheTitleBlockTheSubtitleOpensTheText() {
        let document = Document(
            metadata: Metadata(title: "The Tide Mill", subtitle: "After sixty years the wheel turns again."),
            blocks: [.paragraph([.text("On a grey morning in May the sluice opened.")])])
        let bare = String(decoding: TextWriter.write(document, options: TextWriter.Options(includesTitleBlock: false)), as: UTF8.self)
        #expect(bare == "After sixty years the wheel turns again.\n\nOn a grey morning in May the sluice opened.\n")
        let titled = String(decoding: TextWriter.write(document, options: TextWriter.Options()), as: UTF8.self)
        #expect(titled.components(separatedBy: "After sixty years").count == 2)
    }
}

/// Junk repeated inside the article: a video playlist shown after every few paragraphs.
@Suite struct RepeatedBoxTests {
    @Test func aPlaylistRepeatedDownTheArticleIsKeptOnce() throws {
        let playlist = "<div class=\"video-strip\"><ul><li>Watch: the lock gates close at dusk</li>"
            + "<li>Watch: a barge passes the old swing bridge</li><li>Watch: the towpath in flood</li></ul></div>"
        let prose = (1...6).map { "<p>Paragraph \($0) of the canal story, long enough to be prose, with a comma, and a full stop.</p>" }
        let page = "<html><body><div class=\"story\">" + prose[0..<2].joined() + playlist + prose[2..<4].joined() + playlist
            + prose[4..<6].joined() + playlist + "</div></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.text.components(separatedBy: "the lock gates close at dusk").count == 2)
        #expect(result.text.contains("Paragraph 6 of the canal story"))
        #expect(result.stripped.filter { $0.reason.hasPrefix("repeats an earlier box") }.count == 2)
    }

    /// A week's notes whose items are sentences naming who fixed what, with the bug and the
    /// person linked, are text; a list of teaser headlines is links.
    @Test func aListOfSentencesWithLinksStaysAndAListOfHeadlinesGoes() throws {
        let prose = (1...4).map { "<p>Paragraph \($0) of the weekly notes, long enough to be prose, with a comma, and a full stop.</p>" }
        // Two thirds of the list's text is links.
        let notes = "<ul><li><a href=\"/people/ada\">Ada Lovelace</a> fixed <a href=\"/bugs/11\">the crash when a window closed during an update</a> of the toolbar</li>"
            + "<li><a href=\"/people/bo\">Bo Chen</a> made <a href=\"/bugs/12\">the start-up check run later</a>, after the first window is drawn</li></ul>"
        let teasers = "<ul><li><a href=\"/a\">Ten ways to fix a toolbar</a></li><li><a href=\"/b\">The window that never closed</a></li></ul>"
        let page = "<html><body><article>" + prose[0] + prose[1] + notes + prose[2] + teasers + prose[3] + "</article></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.text.contains("Ada Lovelace fixed the crash when a window closed"))
        #expect(result.text.contains("Bo Chen made the start-up check run later"))
        #expect(!result.text.contains("Ten ways to fix a toolbar"))
        #expect(result.stripped.contains { $0.reason.hasPrefix("list of links") })
    }

    @Test func aBoxReadingLikeItsOnlyChildIsNotARepeat() throws {
        let prose = (1...5).map { "<p>Paragraph \($0) of the mill story, long enough to be prose, with a comma, and a full stop.</p>" }
        let page = "<html><body><div class=\"outer\"><div class=\"inner\">" + prose.joined() + "</div></div></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.count == 5)
    }
}
