@testable import Quire
import QuireDocument
import Testing

/// Metadata in the shapes real pages give it: a site named as the author, bylines carrying
/// roles and dates, a list page whose JSON-LD headline is a type label, compact dates,
/// right-to-left languages and saved pages that know their own address.
@Suite struct HTMLMetadataTrustTests {
    @Test func aNewsroomNamedAsAuthorGivesWayToTheJSONLDPeople() throws {
        let metadata = try HTMLTest.fixture("metadata-newsroom.html").metadata
        #expect(metadata.authors == ["Idris Penhallow", "Lowenna Tresize"])
        #expect(metadata.title == "Pier lights switched on after forty years")
        #expect(metadata.date?.iso8601 == "2018-06-19T05:50:00+09:00")
        #expect(metadata.sourceURL == nil)
    }

    @Test func anAuthorMetaNamingThePersonIsKept() throws {
        let head = """
            <meta name=author content="Ada Quill"><meta property=og:site_name content="Harbour Post">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Harbour Post"}}</script>
            """
        #expect(try HTMLTest.read("<html><head>\(head)</head></html>").metadata.authors == ["Ada Quill"])
        // The site's address names it too; a one-person site keeps its owner as the author.
        let byAddress = "<link rel=canonical href=\"https://www.harbourpost.example/a\"><meta name=author content=\"HarbourPost\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":\"Cy Dent\"}</script>"
        #expect(try HTMLTest.read("<html><head>\(byAddress)</head></html>").metadata.authors == ["Cy Dent"])
        let ownSite = "<meta name=author content=\"Bo Penrose\"><meta property=og:site_name content=\"Bo Penrose\">"
        #expect(try HTMLTest.read("<html><head>\(ownSite)</head></html>").metadata.authors == ["Bo Penrose"])
    }

    @Test(arguments: [
        ("Written by Ann Lee Edited by Bo Chan", ["Ann Lee"], nil),
        ("By Ann Lee, photographs by Cy Dent", ["Ann Lee"], nil),
        ("Nathan Quarrie March 25, 2015", ["Nathan Quarrie"], "2015-03-25"),
        ("By Nathan Quarrie on 25 March 2015", ["Nathan Quarrie"], "2015-03-25"),
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"], nil),
        ("Ann Lee | Staff writer | Mar. 5, 2015", ["Ann Lee"], "2015-03-05"),
        ("Posted by Ann Lee · Updated 2015-03-25 14:05", ["Ann Lee"], "2015-03-25T14:05"),
        ("Theresa May", ["Theresa May"], nil),
    ] as [(String, [String], String?)])
    func bylinesAreCleaned(byline: String, authors: [String], date: String?) throws {
        let metadata = try HTMLTest.read(
            "<html><body><article><div class=\"article-byline\">\(byline)</div><p>Text.</p></article></body></html>"
        ).metadata
        #expect(metadata.authors == authors)
        #expect(metadata.date?.iso8601 == date)
    }

    @Test func anAuthorMetaWithARoleIsCleanedToo() throws {
        let head = "<meta name=author content=\"Written by Ann Lee Edited by Bo Chan\">"
        #expect(try HTMLTest.read("<html><head>\(head)</head></html>").metadata.authors == ["Ann Lee"])
    }

    @Test func theTitleTheVisibleHeadingConfirmsWins() throws {
        let metadata = try HTMLTest.fixture("metadata-list-page.html").metadata
        #expect(metadata.title == "List of tide mills on the Fal estuary")
        // When no source matches the heading, the usual order stands.
        let head = "<title>Quay | Harbour Notes</title><meta property=og:title content=\"The quay at dawn\">"
        #expect(try HTMLTest.read("<html><head>\(head)</head><body><h1>Elsewhere</h1></body></html>").metadata.title
            == "The quay at dawn")
        // A heading that only names the site confirms nothing.
        let site = "<meta property=og:site_name content=\"Harbour Notes\"><meta property=og:title content=\"Quay walls\">"
            + "<title>Harbour Notes</title>"
        #expect(try HTMLTest.read("<html><head>\(site)</head><body><h1>Harbour Notes</h1></body></html>").metadata.title
            == "Quay walls")
        // A slideshow caption is the article's only h1; the headline above it still confirms.
        let generic = "<title>Ferry runs aground off Ilven</title><meta property=og:title content=\"Harbour News - Latest Headlines\">"
        let body = "<h1>Ferry runs aground off Ilven</h1><article><figure><h1 class=slideshow-headline>The ferry at low tide.</h1>"
            + "</figure><p>The ferry ran aground.</p></article>"
        #expect(try HTMLTest.read("<html><head>\(generic)</head><body>\(body)</body></html>").metadata.title
            == "Ferry runs aground off Ilven")
    }

    @Test(arguments: [
        ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
        ("20180619T0550Z", "2018-06-19T05:50Z"),
        ("March 25, 2015", "2015-03-25"),
        ("25 March 2015", "2015-03-25"),
        ("2015-03-25 14:05", "2015-03-25T14:05"),
        ("Mar. 5, 2015", "2015-03-05"),
        ("Wed, 25 Mar 2015 14:05:00 +0100", "2015-03-25T14:05:00+01:00"),
        ("20180619T05", nil),
    ] as [(String, String?)])
    func siteDateFormatsAreNormalised(written: String, iso: String?) throws {
        let metadata = try HTMLTest.read(
            "<html><head><meta property=article:published_time content=\"\(written)\"></head></html>"
        ).metadata
        #expect(metadata.date?.iso8601 == iso)
    }

    @Test func rightToLeftPagesSayTheirDirection() throws {
        #expect(try HTMLTest.fixture("metadata-right-to-left.html").metadata.direction == .rightToLeft)
        #expect(try HTMLTest.read("<html dir=\"rtl\"><p>x</p></html>").metadata.direction == .rightToLeft)
        #expect(try HTMLTest.read("<html><body dir=\"RTL\"><p>x</p></body></html>").metadata.direction == .rightToLeft)
        #expect(try HTMLTest.read("<html lang=\"he-IL\"><p>x</p></html>").metadata.direction == .rightToLeft)
        // `dir` wins over the language: an Arabic page laid out left to right stays so.
        #expect(try HTMLTest.read("<html lang=\"ar\" dir=\"ltr\"><p>x</p></html>").metadata.direction == .leftToRight)
        #expect(try HTMLTest.read("<html lang=\"en\"><p>x</p></html>").metadata.direction == nil)
    }

    @Test func relativeLinksResolveAgainstTheCanonicalAddress() throws {
        let blocks = try HTMLTest.fixture("metadata-newsroom.html").blocks
        var targets: [String] = []
        blocks.forEachInline { inline in
            if case .link(let link) = inline { targets.append(link.url) }
            if case .image(let image) = inline { targets.append(image.source) }
        }
        #expect(targets.contains("https://www.saltmarshcourier.example/local/2018/pier-history"))
        #expect(targets.contains("https://www.saltmarshcourier.example/media/pier-night.jpg"))

        // A saved page's pictures beside it stay files, as a browser opening the file shows them.
        let saved = try HTMLTest.read(
            "<html><head><link rel=canonical href=\"https://news.example/a/story\"></head><body><p>"
                + "<img src=\"story_files/pier.jpg\" alt=\"pier\"><a href=\"next\">next</a></p></body></html>")
        var savedTargets: [String] = []
        saved.blocks.forEachInline { inline in
            if case .link(let link) = inline { savedTargets.append(link.url) }
            if case .image(let image) = inline { savedTargets.append(image.source) }
        }
        #expect(savedTargets == ["story_files/pier.jpg", "https://news.example/a/next"])

        let list = try HTMLTest.fixture("metadata-list-page.html").blocks
        var listTargets: [String] = []
        list.forEachInline { if case .link(let link) = $0 { listTargets.append(link.url) } }
        #expect(
            listTargets == [
                "https://en.wanderwiki.example/wiki/Tide_mill", "https://en.wanderwiki.example/wiki/Penpol_mill",
                "https://en.wanderwiki.example/wiki/Trelissick_mill",
            ])
    }

    @Test func baseHrefAndTheGivenAddressKeepTheirPrecedence() throws {
        let head = "<link rel=canonical href=\"https://canonical.example/a/b\"><base href=\"https://base.example/x/\">"
        let page = "<html><head>\(head)</head><body><p><a href=\"c\">c</a></p></body></html>"
        func target(_ baseURL: String?) throws -> String? {
            var url: String?
            try HTMLTest.read(page, baseURL: baseURL).blocks.forEachInline { if case .link(let link) = $0 { url = link.url } }
            return url
        }
        #expect(try target(nil) == "https://base.example/x/c")
        let withoutBase = "<html><head><link rel=canonical href=\"https://canonical.example/a/b\"></head><body><p><a href=\"c\">c</a></p></body></html>"
        var url: String?
        try HTMLTest.read(withoutBase, baseURL: "https://given.example/d/e").blocks.forEachInline {
            if case .link(let link) = $0 { url = link.url }
        }
        #expect(url == "https://given.example/d/c")
        // A relative canonical link is no address to resolve against.
        try HTMLTest.read("<html><head><link rel=canonical href=\"/a\"></head><body><p><a href=\"c\">c</a></p></body></html>")
            .blocks.forEachInline { if case .link(let link) = $0 { url = link.url } }
        #expect(url == "c")
    }
}
