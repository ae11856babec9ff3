import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Extraction on page shapes the benchmarks hold few of, each written for these tests: a
/// review whose verdict sits between its title and its body, an essay whose notes sit in their
/// own box after it, a live page whose entries are stamped with times.
@Suite struct ExtractionPageShapeTests {
    static let reviewBody = """
        <div class="review-body"><p>Air purifiers have become appliances that people buy once a smoky summer and then forget, and the maker is betting that its second model will be the one you keep switched on all year.</p>
        <h2>Design</h2><p>It is a squat cylinder the size of a kitchen bin, wrapped in grey fabric, drawing air in all round and blowing it out of a grille on top, so it can stand closer to a wall than boxier rivals.</p>
        <h2>Performance</h2><p>In our smoke test it brought the particle count in a closed room back to the level outside in eleven minutes, against seventeen for last year's model and fourteen for the best rival.</p></div>
        """

    /// A review's verdict, pros and cons, between the title's box and the body: little prose,
    /// mostly short list items, but the article's opening.
    @Test func whatLiesBetweenTheTitleAndTheBodyIsTheArticles() throws {
        let page = """
            <html lang="en"><head><title>Aero 2 review: a quiet purifier with a loud app</title></head><body>
            <header class="site-header"><a href="/">Gadget Weekly</a><nav><a href="/reviews">Reviews</a> <a href="/deals">Deals</a></nav></header>
            <article class="review">
            <div class="review-hero"><h1>Aero 2 review: a quiet purifier with a loud app</h1><p>Fine filtering, let down by an app that wants far too much of your attention.</p></div>
            <div class="verdict-box"><span class="score">4</span><span>/5</span><h2>Our verdict</h2>
            <p>It cleans a large room faster than anything else at its price, but its app nags.</p>
            <div class="pros"><h3>For</h3><ul><li>Cleared the smoke test in 11 minutes</li><li>Night mode measured 24 dB</li></ul></div>
            <div class="cons"><h3>Against</h3><ul><li>Filters cost $69 each</li><li>No timer button</li></ul></div></div>
            <div class="social-share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div>
            \(Self.reviewBody)
            </article>
            <div id="comments"><p><b>marlowe</b>: Does the carbon layer do anything about cooking smells? Mine was useless for that, sadly.</p></div>
            <footer class="site-footer"><p>© 2026 Hollin Media. All rights reserved.</p></footer></body></html>
            """
        let result = try Boilerplate.html(page)
        let text = result.text
        for kept in ["4/5", "Our verdict", "its app nags", "Cleared the smoke test", "No timer button", "kitchen bin"] {
            #expect(text.contains(kept), "lost: \(kept)")
        }
        #expect(text.range(of: "Our verdict")?.lowerBound ?? text.endIndex < text.range(of: "Air purifiers")?.lowerBound ?? text.startIndex)
        for furniture in ["Gadget Weekly", "Facebook", "cooking smells", "All rights reserved"] {
            #expect(!text.contains(furniture), "kept: \(furniture)")
        }
        #expect(result.document.metadata.subtitle == "Fine filtering, let down by an app that wants far too much of your attention.")
        #expect(!text.contains("Aero 2 review"))
    }

    /// The same body with nothing between it and the title's box keeps nothing of the box.
    @Test func theTitlesBoxItselfStaysOut() throws {
        let page = """
            <html lang="en"><head><title>Aero 2 review</title></head><body>
            <div class="review-hero"><p class="crumbs">Reviews</p><h1>Aero 2 review</h1><p>Fine filtering, let down by an app that wants too much attention.</p></div>
            \(Self.reviewBody)</body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.text.hasPrefix("Air purifiers"))
        #expect(!result.text.contains("Reviews"))
    }

    /// An essay's notes in their own box after the body: a few short list items, but what the
    /// body's references point to.
    @Test func theNotesTheArticleCitesComeWithIt() throws {
        let page = """
            <html lang="en"><head><title>The last lamplighters</title></head><body>
            <nav class="masthead"><a href="/">Quarterly</a> <a href="/essays">Essays</a></nav>
            <article><h1>The last lamplighters</h1>
            <div class="essay-body"><p>At a quarter past four on a December afternoon, she props her bicycle against the railings and reaches up to the first of the eighty-one gas lamps she will light.<sup><a href="#fn1" id="r1">1</a></sup></p>
            <p>The town never replaced its gas lighting. When the council voted on electrification, the motion failed by a single vote, cast by a councillor who did not care for the colour.<sup><a href="#fn2" id="r2">2</a></sup></p>
            <p>The lamps run on clocks inside each lantern, but the clocks drift, the mantles crumble, and in a wet winter the pilot flames go out, so the town still employs three lamplighters.</p></div>
            <section class="footnotes"><h2>Notes</h2><ol>
            <li id="fn1">For the old town only; the network had 212 lamps at its largest. <a href="#r1">↩</a></li>
            <li id="fn2">Minutes of the Lighting Committee, 14 March 1958. <a href="#r2">↩</a></li></ol></section>
            <div class="author-bio"><p>He writes about trades that have outlived their time, and his book on rope walks came out in 2024.</p></div>
            </article>
            <section class="more-essays"><h2>More essays</h2><ul><li><a href="/e/1">The knife grinder's van</a></li><li><a href="/e/2">In praise of benches</a></li></ul></section>
            </body></html>
            """
        let result = try Boilerplate.html(page)
        var notes: [String] = []
        TreeWalk.visit(result.document.blocks) { block in
            if case .footnoteDefinition(let note) = block { notes.append(note.content.readableText) }
        }
        #expect(notes == ["For the old town only; the network had 212 lamps at its largest.", "Minutes of the Lighting Committee, 14 March 1958."])
        #expect(result.text.contains("three lamplighters"))
        for furniture in ["rope walks", "More essays", "knife grinder"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
    }

    static func entry(_ time: String, _ text: String) -> String {
        "<article class=\"block\"><header class=\"block-time\"><p>\(time)</p></header><div class=\"block-elements\"><p>\(text)</p></div></article>"
    }

    /// A live page, newest first: each entry opens with its time. The first entry's time is
    /// that entry's, not the page's date line.
    @Test func aLivePageKeepsTheTimeOfItsFirstEntry() throws {
        let entries = [
            Self.entry("13.05 BST", "The council's head of highways said Friday was the earliest the bridge could reopen, and only if the new bearing arrives on Wednesday."),
            Self.entry("11.40 BST", "Queues for the half past eleven ferry stretched back past the fish market, with a wait of about forty minutes and water handed out."),
            Self.entry("09.55 BST", "Readers have been getting in touch about the diversion, and one delivery driver says her ten-minute trip took an hour and ten."),
        ]
        let page = """
            <html lang="en"><head><title>Bridge closure live</title></head><body>
            <nav><a href="/">Courier</a> <a href="/news">News</a></nav>
            <main><h1>Bridge closure live</h1><div class="liveblog-body">\(entries.joined())</div></main></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.first == "13.05 BST")
        #expect(result.paragraphs.filter { $0.hasSuffix(" BST") } == ["13.05 BST", "11.40 BST", "09.55 BST"])
    }

    /// An article's own date line still goes when a date appears once more further down.
    @Test func anArticlesDateLineStillGoes() throws {
        let page = """
            <html lang="en"><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>Friday 15 May 2026, 09.12 BST</p>
            <p>The Esk Street bridge reopened to traffic on Friday morning, a week after engineers found corrosion in a second bearing and closed it.</p>
            <p>The council said the replacement bearing arrived from the foundry on Wednesday and was fitted overnight by a crew of six.</p>
            <p>Updated 11.30 BST</p></article></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.first?.hasPrefix("The Esk Street bridge") == true)
        #expect(result.stripped.contains { $0.reason == "date or reading time line" })
    }

    static let raceReport = """
        <div class="article-text"><p>Kelby Harriers took the county cross-country relay title at Fenby Park on Saturday, their first win in the event since 2011, after a final leg that turned a twelve-second deficit into a lead.</p>
        <p>The course, softened by a week of rain, caught out several of the favourites, and the defending champions slipped to fourth after a runner lost a shoe in the mud.</p>
        <p>Full results for the top four teams are below.</p></div>
        """

    /// A results table in its own box right after the report: no prose follows it, but the
    /// report says it is below.
    @Test func aTableRightAfterTheArticleIsItsTail() throws {
        let page = """
            <html lang="en"><head><title>Kelby win the relay</title></head><body>
            <header class="site-header"><a href="/">Wold Sport</a> <a href="/athletics">Athletics</a></header><div class="wrap"><h1>Kelby win the relay</h1>
            \(Self.raceReport)
            <div class="results-table"><table><tr><th>Pos</th><th>Team</th><th>Time</th></tr><tr><td>1</td><td>Kelby Harriers</td><td>58:41</td></tr>
            <tr><td>2</td><td>Wold Valley AC</td><td>58:50</td></tr><tr><td>3</td><td>Skerrow Striders</td><td>59:12</td></tr><tr><td>4</td><td>Fenby RC</td><td>59:30</td></tr></table></div>
            <div class="share-links"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div>
            <div class="related"><h3>Related</h3><ul><li><a href="/r/1">Orme sets course record</a></li></ul></div></div>
            <footer><p>© 2026 Wold Sport</p></footer></body></html>
            """
        let result = try Boilerplate.html(page)
        var rows = 0
        TreeWalk.visit(result.document.blocks) { block in
            if case .table(let table) = block { rows = table.headerRows.count + table.bodyRows.count }
        }
        #expect(rows == 5)
        #expect(result.text.contains("Skerrow Striders"))
        for furniture in ["Facebook", "Orme sets", "Wold Sport"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
    }

    /// A guide in bare sections with advertisement slots between them: the last section, a
    /// list, comes after a slot and is still the guide's tail; the sign-up box after it is not.
    @Test func anAdvertisementSlotDoesNotCutTheTailOff() throws {
        let page = """
            <html lang="en"><head><title>Sourdough starters</title></head><body>
            <header><a href="/">Crumb</a> <a href="/bread">Bread</a></header><div><h1>Sourdough starters</h1>
            <section><h2>What a starter is</h2><p>A starter is flour and water left to ferment until wild yeasts settle in. Once lively, a spoonful of it raises a loaf, and fed, it keeps for years.</p></section>
            <div class="ad-container"><p>Advertisement</p></div>
            <section><h2>The first week</h2><p>Each day, throw away all but a spoonful, then feed it again with flour and water. Bubbles appear by day three, and a sour, yoghurty smell by day five.</p></section>
            <div class="ad-container"><p>Advertisement</p></div>
            <section><h2>Keeping it</h2><ul><li>Keep it in the fridge between bakes.</li><li>Feed it once a week.</li></ul></section>
            <section class="newsletter"><h2>Bake with us</h2><p>A new recipe every Sunday.</p></section></div>
            <footer><p>© 2026 Crumb</p></footer></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.text.contains("Feed it once a week."))
        #expect(result.text.contains("Keeping it"))
        for furniture in ["Bake with us", "Advertisement", "Crumb"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
    }

    /// A list of share icons (no words) after the article is not its tail, and does not bring
    /// in the line before it.
    @Test func aListWithoutWordsIsNoTail() throws {
        let page = """
            <html lang="en"><head><title>Kelby win the relay</title></head><body><div class="wrap"><h1>Kelby win the relay</h1>
            \(Self.raceReport)
            <div class="pull-right"><span>First published:</span> Tuesday 19 November</div>
            <ul><li><a href="/s/fb"><img src="fb.png" alt=""></a></li><li><a href="/s/x"><img src="x.png" alt=""></a></li></ul>
            </div></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.text.hasSuffix("Full results for the top four teams are below."))
    }

    /// A review's score is not a date; a date with its year still is.
    @Test func aScoreIsNotADateLine() {
        #expect(!LeadingMetadata.isDateLine(LeadingMetadata.words("4/5")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("05/10/2018")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("13.05 BST")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("Updated 14:30")))
    }
}

/// A question and its answers: the site's template gives each body the same classes, and the
/// accepted answer may outscore the question by a point.
@Suite struct RepeatedPostTests {
    static func post(_ id: String, votes: Int, _ body: String, comments: String = "") -> String {
        """
        <div id="\(id)" class="post-layout"><div class="votecell"><div class="js-vote-count">\(votes)</div></div>
        <div class="postcell"><div class="s-prose js-post-body">\(body)</div>
        <div class="post-menu"><a href="/share/\(id)">Share</a> <a href="/edit/\(id)">Improve this post</a></div></div>
        <div id="comments-\(id)" class="comments"><ul><li>\(comments)</li></ul></div></div>
        """
    }

    static let question = post(
        "q", votes: 27,
        """
        <p>I built a small kiln for glass fusing from a salvaged element and a microcontroller running a PID loop, and it shoots eighteen degrees past every hold step.</p>
        <pre><code>if (output &gt; 0.5) { relayOn(); } else { relayOff(); }</code></pre>
        <p>Is this a tuning problem, or is something about the relay switching wrong?</p>
        """, comments: "What is the thermal mass of the kiln? A fibre-lined box behaves very differently from a brick one, you know.")
    static let accepted = post(
        "a1", votes: 41,
        """
        <p>The overshoot comes from integral windup: during the ramp the error stays large, the integral keeps growing, and it is still full when the hold starts.</p>
        <pre><code>if (output &gt; 0 &amp;&amp; output &lt; 1) { integral += error * dt; }</code></pre>
        <p>Clamp the integral, and drive the relay by time proportion, not by a threshold, and the kiln holds within two degrees.</p>
        """)
    static let other = post(
        "a2", votes: 12,
        "<p>Before touching the gains, check the thermocouple's lag: inside a ceramic sheath it can take thirty seconds to follow the kiln.</p>")

    static func page(_ posts: String) -> String {
        """
        <html lang="en"><head><title>How do I stop a kiln overshooting its hold?</title></head><body>
        <header class="top-bar"><a href="/">Makers Exchange</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></header>
        <div id="content"><div id="question-header"><h1>How do I stop a kiln overshooting its hold?</h1></div>
        <div id="mainbar">\(posts)</div>
        <div id="sidebar"><h4>Related</h4><p><a href="/q/1">Tuning a slow thermal system</a> <a href="/q/2">Relay or SSR?</a></p></div></div>
        </body></html>
        """
    }

    @Test func theQuestionAndEveryAnswerAreKept() throws {
        let result = try Boilerplate.html(Self.page(Self.question + "<h2>2 Answers</h2>" + Self.accepted + Self.other))
        let text = result.text
        for kept in ["I built a small kiln", "relay switching wrong", "integral windup", "within two degrees", "thermocouple's lag"] {
            #expect(text.contains(kept), "lost: \(kept)")
        }
        #expect(text.range(of: "I built")?.lowerBound ?? text.endIndex < text.range(of: "integral windup")?.lowerBound ?? text.startIndex)
        var code = 0
        TreeWalk.visit(result.document.blocks) { block in
            if case .codeBlock = block { code += 1 }
        }
        #expect(code == 2)
        for furniture in ["thermal mass", "Tuning a slow", "Makers Exchange", "Improve this post"] {
            #expect(!text.contains(furniture), "kept: \(furniture)")
        }
    }

    /// A box of the same classes far down the page (past a navigation, a share bar and a
    /// sign-up box, where widening stops) joins when its prose earns a third of the best one's
    /// points, not when it is a one-line teaser.
    @Test(arguments: [
        ("Kilns, briefly: what to know before you build one.", false),
        ("Kilns, in more detail: the element, the lining, the controller, the shelves, the posts, the vents and the thermocouple, each with what it costs, where to find it, how long it lasts, and what goes wrong.", true),
    ])
    func aBoxOfTheSameClassesJoinsWhenItsProseCounts(other: String, joins: Bool) throws {
        let page = """
            <html lang="en"><head><title>Kilns</title></head><body><header class="site"><a href="/">Makers</a> <a href="/guides">Guides</a></header><div class="page">
            <div class="guide"><div class="s-prose js-post-body"><p>A fusing kiln needs three things: an element sized for its chamber, a lining that holds heat, and a controller that does not overshoot.</p>
            <p>The element is the easy part, since salvaged ones are everywhere, and the lining is a matter of buying enough fibre board, cutting it carefully and gluing it well.</p>
            <p>The controller is where most builds go wrong, and where the rest of this guide, with its diagrams, its code and its measurements, spends its time.</p>
            <p>Start with the chamber: measure it, work out its volume in litres, and choose an element of about fifty watts a litre for glass, more for clay.</p></div></div>
            <nav class="guide-nav"><a href="/1">Previous guide</a> <a href="/2">Next guide</a></nav>
            <div class="share-bar"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></div>
            <div class="newsletter-signup"><p>Guides by email, every month.</p></div>
            <div class="next"><div class="s-prose js-post-body"><p>\(other)</p></div></div></div></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.text.contains("fifty watts a litre"))
        #expect(result.text.contains(other) == joins)
        for furniture in ["Previous guide", "Facebook", "Guides by email"] {
            #expect(!result.text.contains(furniture), "kept: \(furniture)")
        }
    }
}
