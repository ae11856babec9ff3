import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Appeal removal on Markdown (`--strip-boilerplate`), with the fixtures in
/// `fixtures/boilerplate/` and small documents written here.
@Suite struct AppealRemovalTests {
    @Test func appealsInSixLanguagesGoAndTheArticleStays() throws {
        let result = try Boilerplate.fixture("boilerplate/appeals.md", policy: .strip)
        #expect(
            result.paragraphs == [
                "Notes from the harbour wall",
                "The harbour wall was finished in 1887, after three winters of storms had undone the first two attempts. Its granite came by sea from a quarry forty miles along the coast.",
                "Every spring the harbour master walks the length of the wall at low tide, looking for stones that have shifted and for the pale streaks that mean water is working its way through the mortar.",
                "The wall has been listed since 1971. Its last full survey, in 2019, found it in better condition than the road behind it.",
            ])
        let languages = Set(result.stripped.compactMap { block -> String? in
            // `appeal rule "phrase" (en.appeal.phrase)`: the identifier starts with the language.
            guard let start = block.reason.range(of: "\" ("), let dot = block.reason.range(of: ".", range: start.upperBound..<block.reason.endIndex)
            else { return nil }
            return String(block.reason[start.upperBound..<dot.lowerBound])
        })
        #expect(languages.isSuperset(of: ["en", "fr", "es", "de", "pt", "it"]))
        #expect(result.stripped.allSatisfy { $0.transform == .appealRemoval })
    }

    @Test func theCopyrightLineMovesIntoTheMetadata() throws {
        let result = try Boilerplate.fixture("boilerplate/appeals.md", policy: .strip)
        #expect(result.document.metadata.rights == "© 2025 Harbour Notes. All rights reserved.")
        #expect(!result.text.contains("All rights reserved"))
    }

    @Test func rightsTheDocumentDeclaresAreNotReplaced() throws {
        let result = try Boilerplate.markdown("---\nrights: CC BY 4.0\n---\n\nA line of text that is long enough.\n\nCopyright 2024 Someone. All rights reserved.\n")
        #expect(result.document.metadata.rights == "CC BY 4.0")
        #expect(result.paragraphs == ["A line of text that is long enough."])
    }

    @Test func anArticleAboutDonationsKeepsEveryParagraph() throws {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent("boilerplate/donations-article.md")))
        let kept = try Boilerplate.run(bytes, format: .markdown, policy: .keep)
        let stripped = try Boilerplate.run(bytes, format: .markdown, policy: .strip)
        #expect(stripped.document == kept.document)
        #expect(stripped.stripped.isEmpty)
    }

    @Test func aQuotedAppealIsNotThePageAsking() throws {
        let result = try Boilerplate.markdown("“Please donate whatever you can,” she told the crowd on the quay.\n\n\"Subscribe to our newsletter,\" said the sign in the window.\n")
        #expect(result.stripped.isEmpty)
    }

    @Test func aParagraphThatOnlyMentionsAnAppealStays() throws {
        let text = """
            The trust asked readers to donate to the restoration, and many did. Please consider, too, how much of the work was done by volunteers who were never paid. The final bill came to over seven hundred thousand pounds.
            """
        #expect(try Boilerplate.markdown(text).stripped.isEmpty)
        #expect(try Boilerplate.markdown("She went on to become a member of the harbour board in 1998.").stripped.isEmpty)
        #expect(try Boilerplate.markdown("Follow the path along the cliff for two miles.").stripped.isEmpty)
    }

    @Test func aPostscriptIntroducingAnAppealGoesWithIt() throws {
        let result = try Boilerplate.markdown("""
            The last paragraph of the article, which ends here.

            PS:

            If you like this article, please consider donating to keep the site going. Just follow this link: [Donate](#) and enter an amount of your choice. Thanks.
            """)
        #expect(result.paragraphs == ["The last paragraph of the article, which ends here."])
        #expect(result.stripped.map(\.reason).first == "postscript introducing an appeal")
    }

    @Test func aPostscriptThatIsNotAnAppealStays() throws {
        let result = try Boilerplate.markdown("The article.\n\nPS:\n\nThe mill opens again on Saturday.\n")
        #expect(result.paragraphs == ["The article.", "PS:", "The mill opens again on Saturday."])
    }

    @Test func aShortFurnitureSectionGoesWithItsHeading() throws {
        let result = try Boilerplate.markdown("""
            # Tides

            The tide comes in twice a day.

            ## You might also like

            - [Moon phases](https://a.example/moon)
            - [Storm surges](https://a.example/surge)

            ## Neap tides

            Neap tides come a week after spring tides.
            """)
        #expect(result.paragraphs == ["Tides", "The tide comes in twice a day.", "Neap tides", "Neap tides come a week after spring tides."])
    }

    /// WordPress's Jetpack boxes after a post: "Share this:" over its buttons, "Like this:" over
    /// a placeholder that scripts fill. The like box's id names the post, which kept it from
    /// extraction; its heading is furniture too.
    @Test func jetpackShareAndLikeBoxesGoWithTheirHeadings() throws {
        let page = """
            <html><head><title>Pruning the pear tree</title></head><body><article><h1>Pruning the pear tree</h1>\
            <div class="entry-content"><p>The pear tree by the wall is older than the house, and nobody pruned it for years.</p>\
            <p>This winter we took out a third of the old wood, starting with the branches that rubbed together.</p>\
            <p>By April the tree had put out fewer but stronger shoots, and the blossom was the best in years.</p>\
            <div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-sharing"><h3 class="sd-title">Share this:</h3>\
            <ul><li><a href="/?share=twitter">Twitter</a></li><li><a href="/?share=facebook">Facebook</a></li></ul></div></div>\
            <div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper-1">\
            <h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span class="button"><span>Like</span></span> \
            <span class="loading">Loading...</span></div></div></div></article></body></html>
            """
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.count == 3, "\(result.paragraphs)")
        #expect(result.text.hasSuffix("the blossom was the best in years."), "\(result.text)")
    }

    @Test func aLongSectionUnderAFurnitureHeadingStays() throws {
        let sentence = "The harbour board met in the old customs house every month for more than a century. "
        let text = "## Related\n\n" + String(repeating: sentence, count: 12) + "\n"
        let result = try Boilerplate.markdown(text)
        #expect(result.stripped.isEmpty)
    }

    @Test func aLeadInWithItsLinksGoes() throws {
        let result = try Boilerplate.markdown("""
            The article.

            Read more: [The lifeboat station at 150](https://a.example/lifeboat)

            More from the harbour:

            - [Nets](https://a.example/nets)
            - [Ropes](https://a.example/ropes)

            See also the harbour board's own history of the wall, published in 1987.
            """)
        #expect(result.paragraphs == ["The article.", "See also the harbour board's own history of the wall, published in 1987."])
    }

    /// A line of tags is links to the site's own listings; a sentence about tags is not one.
    @Test func aLineOfTagsGoesInAnyLanguage() throws {
        let result = try Boilerplate.markdown("""
            The article.

            Tags: [ferries](https://a.example/tag/ferries), [harbour](https://a.example/tag/harbour), [winter repairs](https://a.example/tag/winter-repairs)

            Schlagworte: [Fähre](https://a.example/tag/faehre), [Hafen](https://a.example/tag/hafen), [Winterreparatur](https://a.example/tag/winter)

            Tags on the old ferry bells were stamped in 1921 and still hang in the museum.
            """)
        #expect(result.paragraphs == ["The article.", "Tags on the old ferry bells were stamped in 1921 and still hang in the museum."])
        #expect(result.stripped.first?.reason.contains("tags") == true)
    }

    @Test func markdownIsLeftAloneByDefault() throws {
        let text = "An article.\n\nPlease consider supporting our journalism with a donation. Thank you!\n"
        let automatic = try Boilerplate.markdown(text, policy: .automatic)
        #expect(automatic.stripped.isEmpty)
        #expect(automatic.paragraphs.count == 2)
        #expect(try Boilerplate.markdown(text, policy: .strip).paragraphs == ["An article."])
    }

    @Test func theArticleFixtureLosesOnlyItsAppeal() throws {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent("article.md")))
        let kept = try Boilerplate.run(bytes, format: .markdown, policy: .keep)
        let stripped = try Boilerplate.run(bytes, format: .markdown, policy: .strip)
        #expect(stripped.stripped.count == 1)
        #expect(stripped.stripped.first?.text.hasPrefix("If you value our journalism, please consider donating") == true)
        var expected = kept.document
        expected.blocks.removeAll { [$0].readableText.hasPrefix("If you value our journalism") }
        #expect(expected.blocks.count == kept.document.blocks.count - 1)
        #expect(stripped.document == expected, "differs from the document without its appeal")
    }

    @Test func userRulesAddToTheBuiltInOnes() throws {
        let rules = try BoilerplateRules(parsing: "[en]\nappeal: come to our open day\n", source: "mine.rules")
        let text = "The article.\n\nCome to our open day next Saturday!\n"
        #expect(try Boilerplate.markdown(text).paragraphs.count == 2)
        let result = try Boilerplate.markdown(text, rules: BoilerplateRules.builtIn.adding(rules))
        #expect(result.paragraphs == ["The article."])
        #expect(result.stripped.first?.reason.hasPrefix("appeal rule \"come to our open day\" (en.appeal.come-to-our-open-day, mine.rules:2); opens the sentence") == true)
    }

    @Test func userKeepRulesExemptAParagraph() throws {
        let text = "The article goes on here for a while.\n\nDonate to the open day raffle today!\n"
        #expect(try Boilerplate.markdown(text).paragraphs.count == 1)
        let rules = try BoilerplateRules(parsing: "[en]\nkeep: open day raffle\n", source: "mine.rules")
        let result = try Boilerplate.markdown(text, rules: BoilerplateRules.builtIn.adding(rules))
        #expect(result.paragraphs.count == 2)
        #expect(result.stripped.isEmpty)
    }
}

/// The cases of issue 16: appeals that were kept, and article sentences that were removed.
@Suite struct AppealEvidenceTests {
    static let body = "The planning committee met on Tuesday to discuss the old ferry terminal, empty for years.\n\n"

    func removed(_ paragraph: String, publisher: String = "The Courier") throws -> Bool {
        let text = "---\npublisher: \"\(publisher)\"\n---\n\n" + Self.body + paragraph + "\n"
        let visible = try Boilerplate.markdown(paragraph, policy: .keep).text
        return try Boilerplate.markdown(text).stripped.contains { $0.text == visible }
    }

    @Test(arguments: [
        "Support independent labour journalism! The Bulletin is funded entirely by its readers. Become a supporter from as little as 3 a month, or make a one-off gift today. [Support](#)",
        "Cet article vous a plu ? Soutenez une presse indépendante : faites un don à la Revue, même modeste. [Don](https://revue.example/don)",
        "Donate to the Courier today.",
        "Support the Courier: donate today.",
        // A capitalised name after the imperative, without a verb of being: still an appeal.
        "Support The Courier Newsroom today and keep local reporting free to read: [donate](/donate).",
    ])
    func appealsThatWereKeptGo(_ paragraph: String) throws {
        #expect(try removed(paragraph))
    }

    @Test(arguments: [
        "Please consider donating blood if you are eligible, the hospital said in a statement on Monday.",
        "Subscribe now, the ad said, and get a free toaster.",
        "Follow us on the long walk to the summit, where the snow lies late into June.",
        "The fire service asked residents to follow its page on Facebook for news of road closures.",
        "READ MORE: the council's full report runs to 214 pages and is at the town library.",
        "Support for the new harbour scheme has grown since the council published its costings.",
        // Shapes that removed article text from pages during this work (invented wording).
        "If you want to gift your quince jelly, make plain labels and tie each jar with string. Wrapped this way, your gift looks homemade.",
        "The trust began working with the harbour board this year, and we may contribute more grant funding to the Harbour Courier project later.",
        "The offer is only for new members of the streaming service, but you do not need an account. Sign up for three months for just $1, then get access to every album.",
        // Attention words beside a "you" that asks for nothing, linking to the network itself.
        "Count the pages you read today that carry a share button. If you run a website with one, you are helping [Facebook](https://developers.facebook.com/docs/plugins) follow your visitors, even those who never joined it.",
        "The documentary Your Harbour is available to rent on [YouTube](https://www.youtube.com/watch?v=abc) and two other stores.",
        // A title opening the sentence with a verb: a film named, not the reader told.
        "Join The Tide is streaming on two services, and is available to rent on iTunes, Google Play and YouTube.",
    ])
    func articleSentencesThatWereRemovedStay(_ paragraph: String) throws {
        #expect(try !removed(paragraph))
    }

    /// Imperatives opening a clause after a colon, a semicolon or an opening "if"/"so that"
    /// clause, where the sentence also speaks to the reader or for the site; the formal address
    /// of German and Italian, by its capital.
    @Test(arguments: [
        "This report took four months and more money than we like to admit; help us pay for the next one with a donation. [Donate](/donate)",
        "One last thing before you go: keep the Courier free to read by chipping in what you can.",
        "Pour que le Courier reste gratuit, pensez à nous soutenir par un don, même petit.",
        "Para que el Courier siga siendo gratuito, colabora con una pequeña aportación mensual.",
        "Também pode contribuir para a informação local: junte-se aos nossos apoiantes. [Apoiar](/apoiar)",
        "Aby Courier pozostał bezpłatny dla wszystkich, rozważ wsparcie: nawet 5 zł się liczy, a każda wpłata jest dla nas ważna.",
        "Om dit nieuws gratis te houden, doneer een klein bedrag aan onze redactie.",
        "Damit wir unabhängig bleiben können, brauchen wir Ihre Unterstützung. Jeder Betrag hilft. Danke!",
        "Per continuare le nostre inchieste, sostenga il Courier con una donazione mensile.",
    ])
    func appealsWithTheImperativeInsideTheSentenceGo(_ paragraph: String) throws {
        #expect(try removed(paragraph))
    }

    /// The same shapes in someone else's voice: a colon after a third-person frame, a quotation,
    /// "ihre" (their), "Ihre" opening a sentence, "Sie" opening a clause after a colon.
    @Test(arguments: [
        "The coxswain's message to the crowd was simple: donate to the new lifeboat appeal and come to the open day.",
        "Her advice to anyone new to the town is blunt: join the sailing club, and subscribe to the harbour newsletter if you want to know what is going on.",
        "If the grant is approved, support from the county will cover half the cost of the pontoon.",
        "“We have one favour to ask: become a member of the lifeboat guild,” the secretary told the meeting.",
        "Viele Vereine hoffen, dass ihre Mitglieder auch im nächsten Jahr spenden und ihre Beiträge zahlen.",
        "Ihre Spenden sammelten die Helferinnen in einer alten Blechdose, die heute im Museum steht.",
        "Die Bitte des Vorsitzenden war einfach: Sie sollten für das neue Rettungsboot spenden.",
        "La sindaca ha ricordato che il suo contributo personale alla raccolta fondi resterà anonimo.",
    ])
    func articleSentencesShapedLikeThemStay(_ paragraph: String) throws {
        #expect(try !removed(paragraph))
    }

    @Test func theReasonNamesTheClauseAndTheFormalAddress() throws {
        let clause = try Boilerplate.markdown(
            "---\npublisher: The Courier\n---\n\n" + Self.body + "Before you go: keep the Courier free by chipping in.\n")
        let clauseReason = try #require(clause.stripped.first?.reason)
        #expect(clauseReason.contains("imperative \"please? donate|") && clauseReason.contains("opening a clause"), "\(clauseReason)")
        let formal = try Boilerplate.markdown(Self.body + "Für unsere Recherchen brauchen wir Ihre Spende. Danke!\n")
        let formalReason = try #require(formal.stripped.first?.reason)
        #expect(formalReason.contains("speaks to the reader formally"), "\(formalReason)")
    }

    @Test func theReasonStatesTheEvidence() throws {
        let result = try Boilerplate.markdown("---\npublisher: The Courier\n---\n\n" + Self.body + "Donate to the Courier today. [Donate](/donate)\n")
        let reason = try #require(result.stripped.first?.reason)
        for part in ["money rule", "imperative", "names the publication", "after the body", "links to /donate", "points"] {
            #expect(reason.contains(part), "\(reason)")
        }
    }

    @Test func anAppealInsideAnHTMLArticleGoes() throws {
        let prose = (1...5).map { "<p>Paragraph \($0) of the story about the harbour, long enough to be prose, with a comma, and a full stop.</p>" }
        let page = "<html lang=en><head><meta property=og:site_name content=\"The Courier\"></head><body><article>"
            + prose.joined() + "<p>Support the Courier: <a href=\"/donate\">donate today</a>.</p></article></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs.count == 5)
        #expect(result.stripped.contains { $0.transform == .appealRemoval && $0.text == "Support the Courier: donate today." })
    }

    /// The labels of advertisement slots and of controls whose scripts never ran sit between
    /// the article's paragraphs as text of their own; sentences that merely start with the same
    /// words are the article's.
    @Test func labelsOfAdSlotsAndControlsGoAndSentencesLikeThemStay() throws {
        let prose = (1...4).map { "<p>Paragraph \($0) of the story about the harbour, long enough to be prose, with a comma, and a full stop.</p>" }
        let page = "<html lang=en><body><article><h2>Read later</h2>" + prose[0]
            + "<div class=\"slot-wrapper\"><div id=\"slot-1\"><p>ADVERTISEMENT</p></div></div>" + prose[1]
            + "<p>Story continues below advertisement</p><p>Anzeige</p>" + prose[2] + "<p>Aa</p><p>Like Loading...</p>"
            + "<p>Loading the boats took all morning.</p><p>Advertisements for the regatta went up in May.</p>"
            + prose[3] + "</article></body></html>"
        let result = try Boilerplate.html(page)
        #expect(result.paragraphs == [
            prose[0], prose[1], prose[2], "Loading the boats took all morning.", "Advertisements for the regatta went up in May.",
            prose[3],
        ].map { $0.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>", with: "") })
        let labels = result.stripped.filter { $0.reason.hasPrefix("label rule") }.map(\.text)
        #expect(labels == ["Read later", "ADVERTISEMENT", "Story continues below advertisement", "Anzeige", "Aa", "Like Loading..."])
    }

    @Test func aWordOfAnotherLanguageIsNotAnAddress() {
        #expect(LanguageGuess.guess(FoldedWords("Le soutien au projet du port a progressé depuis la publication du budget").words[...]) == "fr")
        #expect(LanguageGuess.guess(FoldedWords("Die Zahl der Mitglieder ist gesunken und der Vorstand hat den Beitrag gesenkt").words[...]) == "de")
        #expect(LanguageGuess.guess(FoldedWords("Donate").words[...]) == nil)
    }

    @Test func callToActionLinks() {
        func link(_ url: String) -> [Inline] { [.link(Link(url: url, content: [.text("x")]))] }
        #expect(AppealEvidence.callToAction(in: link("#")) == "#")
        #expect(AppealEvidence.callToAction(in: link("https://www.paypal.com/donate?x=1")) != nil)
        #expect(AppealEvidence.callToAction(in: link("https://a.example/lid-worden")) != nil)
        #expect(AppealEvidence.callToAction(in: link("https://a.example/news/harbour-donations-report")) != nil)
        #expect(AppealEvidence.callToAction(in: link("https://a.example/news/harbour")) == nil)
        #expect(AppealEvidence.callToAction(in: link("https://art.media.example/")) == nil)
    }
}

@Suite struct BoilerplateRulesTests {
    func words(_ text: String) -> ArraySlice<String> { FoldedWords(text).words[...] }

    @Test func theBuiltInRulesCoverEightLanguages() {
        let rules = BoilerplateRules.builtIn.rules
        for language in ["en", "fr", "es", "de", "pt", "it", "nl", "pl"] {
            let kinds = Set(rules.filter { $0.language == language }.map(\.kind))
            #expect(
                kinds.isSuperset(of: [.appeal, .money, .attention, .imperative, .reported, .supporting, .address, .heading, .leadIn]),
                "\(language): \(kinds)")
        }
    }

    @Test func phrasesMatchWordsWithoutCaseOrAccents() throws {
        let rules = try BoilerplateRules(parsing: "appeal: soutenez nous\nappeal: unterstützen sie uns", source: "t")
        #expect(rules.firstMatch(.appeal, in: words("Alors, SOUTENEZ-NOUS !")) != nil)
        #expect(rules.firstMatch(.appeal, in: words("Bitte unterstutzen Sie uns.")) != nil)
        #expect(rules.firstMatch(.appeal, in: words("soutenez les")) == nil)
    }

    @Test func prefixesAlternativesOptionalWordsAndGaps() throws {
        let rules = try BoilerplateRules(parsing: "appeal: please consider? donat*|subscrib*\nheading: more from ...", source: "t")
        #expect(rules.firstMatch(.appeal, in: words("please donate")) != nil)
        #expect(rules.firstMatch(.appeal, in: words("Please consider subscribing today")) != nil)
        #expect(rules.firstMatch(.appeal, in: words("please consider sharing")) == nil)
        #expect(rules.matchAtStart(.heading, in: words("More from the Harbour"), wholly: true) != nil)
        #expect(rules.matchAtStart(.heading, in: words("More from"), wholly: true) != nil)
        #expect(rules.matchAtStart(.heading, in: words("More from a b c d"), wholly: true) == nil)
    }

    @Test func aWordWrittenWithAnApostropheIsTwoWords() throws {
        let rules = try BoilerplateRules(parsing: "heading: don't miss", source: "t")
        #expect(rules.matchAtStart(.heading, in: words("Don’t miss"), wholly: true) != nil)
    }

    /// ASCII lines and tokens are read by bytes, others by Characters: a rule must read the
    /// same either way. Each phrase is written plain, and with a letter that folds to the same
    /// one (`é`), which sends its line and that token down the other path.
    @Test(arguments: [
        ("please consider? donate*|subscrib* now", "please consider? donaté*|subscrib* now", "Please consider subscribing now", "please share now"),
        ("don't miss ... more", "don't miss ... moré", "Don’t miss a thing: more", "Don’t miss it at all now, more"),
        ("sign up|in for? e-mail alerts", "sign up|in for? e-mail alérts", "Sign up for e-mail alerts", "sign up for email alerts"),
    ])
    func asciiAndOtherLettersReadRulesAlike(_ plain: String, _ accented: String, _ asking: String, _ other: String) throws {
        let text = { (phrase: String) in " \t[en]\r\n# a comment\r\nappeal :  \(phrase)\t \r\n" }
        for rules in [try BoilerplateRules(parsing: text(plain), source: "t"), try BoilerplateRules(parsing: text(accented), source: "t")] {
            #expect(rules.rules.map(\.language) == ["en"])
            #expect(rules.firstMatch(.appeal, in: words(asking)) != nil, "\(asking)")
            #expect(rules.firstMatch(.appeal, in: words(other)) == nil, "\(other)")
        }
        let byBytes = try BoilerplateRules(parsing: text(plain), source: "t")
        let byCharacters = try BoilerplateRules(parsing: text(accented), source: "t")
        #expect(byBytes.rules.map(\.readablePhrase) == byCharacters.rules.map(\.readablePhrase))
        #expect(byBytes.rules.map(\.identifier) == byCharacters.rules.map(\.identifier))
    }

    @Test func mistakesNameTheFileAndLine() {
        #expect(throws: BoilerplateRulesError(location: "my.rules:3", message: "unknown kind \"apeal\" (known: appeal, money, attention, imperative, reported, keep, supporting, address, formal-address, clause, heading, lead-in, ps, rights, label)")) {
            try BoilerplateRules(parsing: "# comment\n[en]\napeal: donate\n", source: "my.rules")
        }
        #expect(throws: BoilerplateRulesError.self) { try BoilerplateRules(parsing: "appeal donate", source: "t") }
        #expect(throws: BoilerplateRulesError.self) { try BoilerplateRules(parsing: "appeal: ... donate", source: "t") }
        #expect(throws: BoilerplateRulesError.self) { try BoilerplateRules(parsing: "appeal: a|b c|d e?|", source: "t") }
        #expect(throws: BoilerplateRulesError.self) { try BoilerplateRules(parsing: "appeal: word?", source: "t") }
        #expect(throws: BoilerplateRulesError.self) { try BoilerplateRules(parsing: "[en\nappeal: x", source: "t") }
    }

    @Test func theProbeTableFindsEveryWordAndNoOther() {
        var entries: [String: Int] = [:]
        for (index, word) in ["donate", "don", "dona", "support", "ko", "spende", "wsparcie", "ü", ""].enumerated() {
            entries[word] = index
        }
        for number in 0..<500 { entries["word\(number)"] = 100 + number }
        let table = ProbeTable(entries)
        for (word, value) in entries { #expect(table[word] == value, "\(word)") }
        for absent in ["donates", "do", "word500", "u", "Donate"] { #expect(table[absent] == nil, "\(absent)") }
        let prefixes = ProbeTable<UInt32, String>([0x646F6E: "don", 0x737570: "sup"])
        #expect(prefixes[0x646F6E] == "don" && prefixes[0x737570] == "sup" && prefixes[0x616263] == nil)
    }

    @Test func foldingKeepsWhereClausesStartAndWhichWordsHadACapital() {
        let folded = FoldedWords("Wenn Sie mögen, helfen Sie uns: Ihre Spende zählt; danke – wirklich. Ende")
        #expect(folded.words == ["wenn", "sie", "mogen", "helfen", "sie", "uns", "ihre", "spende", "zahlt", "danke", "wirklich", "ende"])
        #expect(folded.clauseStarts == [
            .init(word: 3, afterComma: true), .init(word: 6, afterComma: false), .init(word: 9, afterComma: false),
            .init(word: 10, afterComma: false),
        ])
        #expect(folded.capitalised == [0, 1, 4, 6, 7, 11])
        #expect(folded.sentenceStarts == [0, 11])
    }

    @Test func sentencesEndAtAFullStopAndASpace() {
        let folded = FoldedWords("It costs 3.5 pounds. Thank you! “Really?” she said… e.g. this")
        #expect(folded.sentences.map { $0.joined(separator: " ") } == ["it costs 3 5 pounds", "thank you", "really", "she said", "e g", "this"])
    }
}

/// Teasers under a furniture heading go however long they are, when at least half of their
/// paragraphs are openings cut short with an ellipsis; a long section that is not cut stays.
@Suite struct TeaserSectionTests {
    static let article = """
        <html lang="en"><body><article><h1>The ferry returns</h1>
        <p>The chain ferry across the Ilven will run again from Monday, the county said, after a winter in dry dock and a refit that cost more than the crossing earns in a decade of fares.</p>
        <p>Crews replaced both chains and the ramps, and the new engine is quieter, which the houses on the slipway will notice first, long before anyone on the water does.</p>
        <p>Fares stay at one pound for foot passengers, and bicycles still travel free on the first and last crossings of the day.</p>
        <section><h3>You might also like</h3>SECTION</section></article></body></html>
        """

    static func teaser(_ words: String, cut: Bool) -> String {
        "<article><h4><a href=\"/x\">A story</a></h4><p>\(words)\(cut ? " …" : ".")</p></article>"
    }

    static let opening = "The harbour board met on Tuesday night to decide the future of the old fish market, which has stood empty since the spring floods and which three groups now want to run as a hall"

    @Test func excerptsUnderAFurnitureHeadingGoWhateverTheirLength() throws {
        let teasers = [Self.teaser(Self.opening, cut: true), Self.teaser(Self.opening + " for the town", cut: true),
            Self.teaser(Self.opening + " and a market", cut: false), Self.teaser(Self.opening + " with a cafe", cut: true)]
        let result = try Boilerplate.html(Self.article.replacingOccurrences(of: "SECTION", with: teasers.joined()), policy: .strip)
        #expect(result.text.contains("bicycles still travel free"))
        #expect(!result.text.contains("You might also like"))
        #expect(!result.text.contains("harbour board"))
    }

    @Test func aLongSectionUnderAFurnitureHeadingThatIsNotCutStays() throws {
        let teasers = (0..<6).map { Self.teaser(Self.opening + " (\($0))", cut: false) }
        let result = try Boilerplate.html(Self.article.replacingOccurrences(of: "SECTION", with: teasers.joined()), policy: .strip)
        #expect(result.text.contains("harbour board"))
    }
}
