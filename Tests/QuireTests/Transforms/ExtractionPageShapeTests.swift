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

    /// A review's score is not a date; a date with its year still is.
    @Test func aScoreIsNotADateLine() {
        #expect(!LeadingMetadata.isDateLine(LeadingMetadata.words("4/5")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("05/10/2018")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("13.05 BST")))
        #expect(LeadingMetadata.isDateLine(LeadingMetadata.words("Updated 14:30")))
    }
}
