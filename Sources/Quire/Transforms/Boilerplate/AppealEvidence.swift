import QuireDocument

/// What one paragraph's own words say about being an appeal, read once: whether a sentence asks
/// the reader for something, how strongly, and how much of the paragraph goes with it.
///
/// A sentence *asks* when it has something to ask for (an `appeal` phrase, or `money` or
/// `attention` words) and speaks to the reader: an `imperative` or appeal phrase opening it, an
/// `address` word (you, our, vous, unser...), or the publication's own name. Attention words
/// need more than a "you": "you" and "Facebook" in one sentence are as often news. A sentence that
/// reports someone else's words (a `reported` phrase: "..., the hospital said", "selon") never
/// asks, nor does text in quotation marks. The evidence is weighed in points, so that one weak
/// sign ("support" beside "we") is never enough: see `AppealVerdict`.
struct AppealEvidence {
    /// The sentence that asks most strongly, if one does.
    var strongest: AskingSentence?
    /// The share of the paragraph's words in sentences that ask or go with an appeal (thanks,
    /// amounts, "one-off donations are welcome", sentences of three words or fewer).
    var coveredShare = 0.0
    /// A `keep` phrase in the paragraph: never removed as an appeal.
    var exemption: BoilerplateRules.Rule?
    /// A link to a donation, subscription, payment or social page, or to `#`.
    var callToAction: String?
    /// The paragraph's shape, when the site speaks in it: a point for another sentence opening
    /// with an imperative beside the one that asks ("...thanks to our subscribers. Join them"), and one more when it
    /// names a price ("...for less than a euro a week").
    var shape: [String] = []

    struct AskingSentence {
        /// The phrase that asks.
        var rule: BoilerplateRules.Rule
        /// Points: 2 for an appeal phrase or money words, 1 for attention words; plus 2 for an
        /// imperative (or appeal phrase) opening the sentence, 1 for a "you", 1 for a "we" or
        /// "our" beside those, and for the publication's name 2 beside an opening imperative,
        /// 1 beside a "you".
        var strength: Int
        /// How it speaks to the reader, in words for the reason.
        var signs: [String]
    }

    /// A paragraph that is not judged at all (too long, or no words).
    static let none = AppealEvidence()

    init() {}

    init(_ text: ParagraphText, rules: BoilerplateRules, publication: PublicationName) {
        guard let folded = text.wordsOutsideQuotes, let all = text.words, !folded.words.isEmpty,
            all.words.count <= AppealJudge.longestAppeal
        else { return }
        var namesPublication: Bool?
        var covered = 0
        var imperativeOpenings = 0
        var speaksForTheSite = false
        var strongestOpens = false
        for (position, var sentence) in folded.sentences.enumerated() {
            if position == 0, let postscript = rules.matchAtStart(.postscript, in: sentence, wholly: false) {
                covered += postscript.length
                sentence = sentence.dropFirst(postscript.length)
            }
            if sentence.isEmpty || rules.firstMatch(.reported, in: sentence) != nil { continue }
            let money = rules.firstMatch(.money, in: sentence)
            let attention = money == nil ? rules.firstMatch(.attention, in: sentence) : nil
            let appealAtStart = rules.matchAtStart(.appeal, in: sentence, wholly: false)?.rule
            let appeal = appealAtStart ?? rules.firstMatch(.appeal, in: sentence)
            let imperative = appealAtStart == nil
                ? rules.matchAtStart(.imperative, in: sentence, wholly: false).flatMap { match in
                    Self.opensWithTitledSubject(sentence, after: match.length, in: folded) ? nil : match.rule
                }
                : nil
            let opensWithImperative = appealAtStart != nil || imperative != nil
            if opensWithImperative { imperativeOpenings += 1 }
            var asking: AskingSentence?
            if let rule = appeal ?? money ?? attention {
                var signs: [String] = []
                var points = 0
                if appealAtStart != nil {
                    points += 2
                    signs.append("opens the sentence")
                } else if let imperative {
                    points += 2
                    signs.append("imperative \"\(imperative.phrase)\"")
                }
                let person = Self.person(of: sentence, in: folded, rules: rules)
                if person.second {
                    points += 1
                    signs.append(person.formal ? "speaks to the reader formally" : "speaks to the reader")
                }
                // An imperative opening a clause ("...by our members; join them", "Pour que la
                // Gazette reste gratuite, pensez à nous soutenir") asks only where the sentence also
                // speaks to the reader or for the site: after a colon it is as often someone
                // else's words ("Her message was simple: donate").
                let clauseImperative = opensWithImperative ? nil : Self.imperativeOpeningAClause(sentence, in: folded, rules: rules)
                // "We" and "our" are the site speaking, but say nothing of asking the reader
                // without an imperative, a "you" or an appeal phrase: "we might contribute" is news.
                if person.firstPlural, points > 0 || appeal != nil || clauseImperative != nil {
                    points += 1
                    signs.append("speaks for the site")
                    speaksForTheSite = true
                }
                // The site's own name counts only beside another sign of speaking to the reader:
                // its own articles name it all the time.
                if points > 0 || clauseImperative != nil, !publication.isEmpty {
                    if namesPublication == nil { namesPublication = publication.isNamed(in: all) }
                    if namesPublication == true {
                        // Two points beside an imperative: "Donate to the Courier today."
                        points += opensWithImperative ? 2 : 1
                        signs.append("names the publication")
                    }
                }
                if let clauseImperative, points > 0 {
                    points += 1
                    signs.append("imperative \"\(clauseImperative.phrase)\" opening a clause")
                }
                // Attention words alone ("Facebook", "newsletter") with only a "you" are as often
                // news ("If you run a site with a Like button, you help Facebook"): they ask
                // beside an imperative, the site speaking, or its name.
                let asksForAttentionOnly = appeal == nil && money == nil
                let speaksAsTheSite = opensWithImperative || clauseImperative != nil || person.firstPlural
                    || namesPublication == true
                if points > 0, !asksForAttentionOnly || speaksAsTheSite {
                    asking = AskingSentence(rule: rule, strength: points + (attention != nil && appeal == nil ? 1 : 2), signs: signs)
                }
            }
            if let asking {
                covered += sentence.count
                if asking.strength > strongest?.strength ?? 0 {
                    strongest = asking
                    strongestOpens = opensWithImperative
                }
            } else if sentence.count <= 3 || money != nil || attention != nil
                || rules.firstMatch(.supporting, in: sentence) != nil
            {
                covered += sentence.count
            }
        }
        guard strongest != nil else { return }
        coveredShare = Double(covered) / Double(all.words.count)
        exemption = rules.firstMatch(.keep, in: all.words[...])
        callToAction = Self.callToAction(in: text.content)
        if speaksForTheSite, imperativeOpenings - (strongestOpens ? 1 : 0) > 0 {
            shape.append("another sentence opens with an imperative")
            // An offer: "join them for less than a euro a week".
            if Self.namesAPrice(text.visible, all.words) { shape.append("names a price") }
        }
    }

    /// Words of the first person plural in the eight languages: the site speaking ("our
    /// subscribers"), told apart from the reader addressed ("you").
    static let firstPersonPlural: Set<String> = [
        "we", "us", "our", "ours", "nous", "notre", "nos", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras",
        "wir", "uns", "unser", "unsere", "unseren", "unserer", "unserem", "unseres", "noi", "ci", "nostro", "nostra", "nostri",
        "nostre", "nosso", "nossa", "nossos", "nossas", "wij", "ons", "onze", "my", "nas", "nam", "nasz", "nasza",
        "nasze", "naszego", "naszej", "naszym", "naszych",
    ]

    /// Whether the sentence has an `address` word of the second person (or a `formal-address`
    /// word written with a capital inside it: German "Ihre", not "ihre"), and one of the first
    /// person plural.
    static func person(of sentence: ArraySlice<String>, in folded: FoldedWords, rules: BoilerplateRules)
        -> (second: Bool, firstPlural: Bool, formal: Bool)
    {
        var second = false
        var firstPlural = false
        for index in sentence.indices where rules.matchAtStart(.address, in: sentence[index...], wholly: false) != nil {
            if firstPersonPlural.contains(sentence[index]) { firstPlural = true } else { second = true }
        }
        var formal = false
        if !second {
            // Opening the sentence or a clause after a colon, a capital says nothing.
            for index in folded.capitalised where index > sentence.startIndex && index < sentence.endIndex {
                if folded.clauseStarts.contains(where: { $0.word == index && !$0.afterComma }) { continue }
                if rules.matchAtStart(.formalAddress, in: sentence[index...], wholly: false) != nil {
                    formal = true
                    second = true
                    break
                }
            }
        }
        return (second, firstPlural, formal)
    }

    /// Whether the verb opening the sentence begins a title that is its subject: one to four
    /// capitalised words, then "is" or another verb of being ("Get Out is streaming on...", "Call Me by
    /// Your Name was..."), a film or a book named, not the reader told to do something.
    static func opensWithTitledSubject(_ sentence: ArraySlice<String>, after verbLength: Int, in folded: FoldedWords) -> Bool {
        let titleStart = sentence.startIndex + verbLength
        var index = titleStart
        while index < sentence.endIndex, index - titleStart <= 4 {
            if index > titleStart, verbsOfBeing.contains(sentence[index]) { return true }
            guard folded.capitalised.contains(index) else { return false }
            index += 1
        }
        return false
    }

    /// "Is", "was", "has" and their like in the eight languages, folded; not those that are
    /// also a common word of an appeal ("es", "son", "esta", "sa": "Apoya esta causa").
    static let verbsOfBeing: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "est", "sont", "etait", "ist", "sind", "fue", "sao", "foi",
        "sono", "zijn", "jest", "byl", "byla",
    ]

    /// The imperative (or appeal phrase) opening a clause inside the sentence: after a colon, a
    /// semicolon or a dash, or after the comma that closes a clause opening with a `clause` word
    /// ("If you read us every week, become...", "Para que El Faro siga gratuito, piensa...").
    static func imperativeOpeningAClause(
        _ sentence: ArraySlice<String>, in folded: FoldedWords, rules: BoilerplateRules
    ) -> BoilerplateRules.Rule? {
        // Where the current stretch between colons started, and whether it opened with a `clause` word.
        var stretchOpensWithAClause: Bool?
        for start in folded.clauseStarts where start.word > sentence.startIndex && start.word < sentence.endIndex {
            if start.afterComma {
                if stretchOpensWithAClause == nil {
                    stretchOpensWithAClause = rules.matchAtStart(.clause, in: sentence, wholly: false) != nil
                }
                guard stretchOpensWithAClause == true else { continue }
            } else {
                stretchOpensWithAClause = rules.matchAtStart(.clause, in: sentence[start.word...], wholly: false) != nil
            }
            let clause = sentence[start.word...]
            if let appeal = rules.matchAtStart(.appeal, in: clause, wholly: false) { return appeal.rule }
            if let imperative = rules.matchAtStart(.imperative, in: clause, wholly: false) { return imperative.rule }
        }
        return nil
    }

    /// Currency signs and the names of the eight languages' currencies, as an offer gives them.
    static let currencySigns = "€£$"
    static let currencyWords: Set<String> = [
        "euro", "euros", "eur", "pound", "pounds", "dollar", "dollars", "zl", "zloty", "zlotych", "zlotowke", "zlote",
    ]

    static func namesAPrice(_ visible: String, _ words: [String]) -> Bool {
        visible.unicodeScalars.contains { currencySigns.unicodeScalars.contains($0) }
            || words.contains { currencyWords.contains($0) }
    }

    /// Whether the paragraph has anything to ask for in any language: most paragraphs have
    /// not, and are not read further (nor their language guessed).
    static func mayAsk(_ text: ParagraphText, rules: BoilerplateRules) -> Bool {
        guard let words = text.words?.words[...], !words.isEmpty, words.count <= AppealJudge.longestAppeal else {
            return false
        }
        return rules.hasAskingWords(in: words)
    }

    /// Whether a sentence asks the reader for something.
    var asks: Bool { strongest != nil }

    // MARK: Links

    /// Hosts of payment and membership platforms and social networks (and their subdomains).
    static let appealHosts: Set<String> = [
        "paypal.com", "paypal.me", "patreon.com", "ko-fi.com", "buymeacoffee.com", "liberapay.com", "tipeee.com",
        "helloasso.com", "steadyhq.com", "patronite.pl", "opencollective.com", "donorbox.org", "facebook.com",
        "twitter.com", "x.com", "instagram.com", "bsky.app", "t.me", "youtube.com", "linkedin.com", "tiktok.com",
        "whatsapp.com", "mastodon.social", "substack.com",
    ]

    /// Path words of donation, support, subscription and membership pages, in the eight
    /// languages; the short ones only as whole words.
    static let appealPathStems: [String] = [
        "donat", "donar", "spende", "doneer", "doneren", "wplac", "wplat", "darowizn", "support", "soutenir",
        "soutien", "apoyar", "apoiar", "sostieni", "sostienici", "unterstuetz", "wsparcie", "subscri", "abonn",
        "suscri", "assin", "abbona", "prenumer", "newsletter", "nieuwsbrief", "boletin", "member", "mitglied",
        "socios", "colabora", "contribu", "patron",
    ]
    static let appealPathWords: Set<String> = ["don", "dona", "doe", "doar", "geef", "steun", "give", "join", "lid"]

    /// The target of the first link that leads to an appeal's page, described for the reason.
    static func callToAction(in content: [Inline]) -> String? {
        var found: String?
        TreeWalk.visit(content) { inline in
            guard found == nil, case .link(let link) = inline else { return }
            let url = link.url.lowercased()
            if url.isEmpty || url == "#" {
                found = "#"
                return
            }
            var parts = url.split(separator: "/")[...]
            if let scheme = parts.first, scheme.hasSuffix(":") {
                parts = parts.dropFirst()
                let host = parts.first?.prefix { $0 != ":" && $0 != "?" && $0 != "#" } ?? ""
                parts = parts.dropFirst()
                var domain = host[...]
                while !domain.isEmpty {
                    if appealHosts.contains(String(domain)) {
                        found = url
                        return
                    }
                    domain = domain.drop { $0 != "." }.dropFirst()
                }
            }
            for segment in parts {
                for word in segment.split(whereSeparator: { "-_.?=&#".contains($0) }) {
                    if appealPathWords.contains(String(word)) || appealPathStems.contains(where: { word.hasPrefix($0) }) {
                        found = url
                        return
                    }
                }
            }
        }
        return found
    }
}

/// Where a paragraph sits, which its own words cannot tell.
struct AppealSetting {
    /// No paragraph of article text follows it in its sequence: after the body, with the
    /// signature and the closing lines.
    var isAfterTheBody = false
    /// In a short box beside other blocks (a donation or sign-up box in the middle of an article).
    var isInABox = false
}

/// The decision on one paragraph, with its reason in words.
enum AppealVerdict: Equatable {
    /// Removed: the reason lists the evidence.
    case appeal(reason: String)
    /// Kept, though a sentence asks: shown under `-v`, so a rule can be added or exempted.
    case nearMiss(reason: String)
    case article

    /// Evidence points needed with most of the paragraph asking (60% of its words), and with
    /// less of it (40%).
    static let needed = 4
    static let neededForAPartialAppeal = 6

    init(_ evidence: AppealEvidence, setting: AppealSetting) {
        guard let strongest = evidence.strongest else {
            self = .article
            return
        }
        var points = strongest.strength
        var signs = strongest.signs
        if setting.isAfterTheBody {
            points += 1
            signs.append("after the body")
        }
        if setting.isInABox {
            points += 1
            signs.append("in a box")
        }
        if let target = evidence.callToAction {
            points += 2
            signs.append("links to \(target)")
        }
        points += evidence.shape.count
        signs += evidence.shape
        let share = Int((evidence.coveredShare * 100).rounded())
        signs.append("\(share)% of its words ask")
        let rule = strongest.rule
        let reason = "\(rule.kind.rawValue) rule \"\(rule.phrase)\" [\(rule.language), \(rule.source)]; "
            + signs.joined(separator: ", ") + " (\(points) points)"
        if let exemption = evidence.exemption {
            self = .nearMiss(reason: reason + "; exempted by keep rule \"\(exemption.phrase)\" [\(exemption.language), \(exemption.source)]")
            return
        }
        let isAppeal = (evidence.coveredShare >= 0.6 && points >= Self.needed)
            || (evidence.coveredShare >= 0.4 && points >= Self.neededForAPartialAppeal)
        self = isAppeal ? .appeal(reason: reason) : .nearMiss(reason: reason)
    }
}
