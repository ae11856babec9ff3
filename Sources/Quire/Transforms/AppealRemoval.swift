import QuireDocument

/// Removes the paragraphs and short sections that ask the reader for something (donate,
/// subscribe, become a member, follow, share, read more from the site), and moves lone
/// copyright lines into `metadata.rights`. It works on any tree: a web page after extraction,
/// Markdown, plain text.
///
/// A paragraph goes only when the evidence adds up (`AppealEvidence`, `AppealVerdict`): a
/// sentence asks and speaks to the reader, nothing reports it as someone else's words, most of
/// the paragraph goes with it, and where it sits (after the body, in a box) and what it links to
/// (a donation page, `#`) count too. When in doubt the paragraph stays, and is listed as a near
/// miss. Block quotes and lists are never looked into. The phrases are data
/// (`BoilerplateRules`); the method is in `docs/extraction.md` ("Appeals").
public enum AppealRemoval {
    /// The document without its appeals; each removed block is appended to `stripped`.
    public static func remove(
        from document: Document, rules: BoilerplateRules, stripped: inout [StrippedBlock]
    ) -> Document {
        var nearMisses: [StrippedBlock] = []
        return remove(from: document, rules: rules, stripped: &stripped, nearMisses: &nearMisses)
    }

    /// `remove(from:rules:stripped:)`, also listing in `nearMisses` the paragraphs that asked
    /// the reader for something but were kept, with the evidence. Never inlined, so that a
    /// profile shows the pass as one function (`scripts/profile-appeals`).
    @inline(never)
    public static func remove(
        from document: Document, rules: BoilerplateRules, stripped: inout [StrippedBlock],
        nearMisses: inout [StrippedBlock]
    ) -> Document {
        var remover = Remover(
            rules: rules, judge: AppealJudge(rules: rules), document: document,
            publication: PublicationName(metadata: document.metadata))
        var result = document
        result.blocks = remover.clean(document.blocks, inABox: false)
        if result.metadata.rights == nil, let rights = remover.rights { result.metadata.rights = rights }
        stripped += remover.stripped
        nearMisses += remover.nearMisses
        return result
    }

    /// Words read to guess a document's language.
    static let languageSample = 400

    /// The language of the document's first paragraphs, when they say.
    static func language(of blocks: [Block]) -> String? {
        var words: [String] = []
        TreeWalk.visit(blocks) { block in
            guard words.count < languageSample, case .paragraph(let content) = block else { return }
            words += FoldedWords(content.visibleText).words
        }
        return LanguageGuess.guess(words[...])
    }

    private struct Remover {
        let rules: BoilerplateRules
        /// Headings, boxes, lead-ins, postscripts and copyright lines are judged with every
        /// language's rules: their phrases mean the same in a page of any language.
        let judge: AppealJudge
        /// The document, whose language is guessed only when a paragraph may ask (most pages
        /// have few or none).
        let document: Document
        let publication: PublicationName
        /// The document's language once guessed: `.some(nil)` when its words do not say.
        var guessedLanguage: String?? = nil
        var stripped: [StrippedBlock] = []
        var nearMisses: [StrippedBlock] = []
        /// The first copyright line removed.
        var rights: String?

        /// Boxes with more words than this are sections of the article, not boxes beside it.
        static let longestBox = 120
        /// A paragraph with fewer words is a closing line (a dateline, a signature), not body.
        static let shortestBodyParagraph = 8

        mutating func clean(_ blocks: [Block], inABox: Bool) -> [Block] {
            let texts = blocks.map { block -> ParagraphText? in
                if case .paragraph(let content) = block { return ParagraphText(content) }
                return nil
            }
            var evidence: [AppealEvidence] = []
            evidence.reserveCapacity(texts.count)
            for text in texts {
                // Whether anything is asked for is read first with every language's rules, so the
                // paragraph's language is guessed only for the few that may ask.
                guard let text, AppealEvidence.mayAsk(text, rules: rules) else {
                    evidence.append(.none)
                    continue
                }
                let ownRules = rules(for: text)
                guard AppealEvidence.mayAsk(text, rules: ownRules) else {
                    evidence.append(.none)
                    continue
                }
                evidence.append(AppealEvidence(text, rules: ownRules, publication: publication))
            }
            let bodyEnd = Self.lastBodyBlock(blocks, texts, evidence)
            var result: [Block] = []
            var index = 0
            while index < blocks.count {
                let block = blocks[index]
                let position = index
                index += 1
                switch block {
                case .paragraph:
                    guard let text = texts[position] else { break }
                    if let rule = judge.labelRule(text.words) {
                        strip(block, Self.describe(rule))
                        continue
                    }
                    if let line = judge.rightsLine(text) {
                        strip(block, "copyright line, moved to the metadata (\(line.rule))")
                        rights = rights ?? line.text
                        continue
                    }
                    let setting = AppealSetting(isAfterTheBody: bodyEnd.map { position > $0 } ?? false, isInABox: inABox)
                    if judge.isPostscript(text), index < blocks.count,
                        case .appeal(let reason) = AppealVerdict(
                            evidence[index], setting: AppealSetting(isAfterTheBody: setting.isAfterTheBody, isInABox: inABox))
                    {
                        strip(block, "postscript introducing an appeal")
                        strip(blocks[index], reason)
                        index += 1
                        continue
                    }
                    switch AppealVerdict(evidence[position], setting: setting) {
                    case .appeal(let reason):
                        strip(block, reason)
                        continue
                    case .nearMiss(let reason):
                        nearMisses.append(StrippedBlock(block: block, transform: .appealRemoval, reason: reason))
                    case .article:
                        break
                    }
                    if let rule = judge.leadInRule(text, followedBy: index < blocks.count ? blocks[index] : nil) {
                        strip(block, Self.describe(rule))
                        if index < blocks.count, AppealJudge.isLinkList(blocks[index]) {
                            strip(blocks[index], "links after \(Self.describe(rule))")
                            index += 1
                        }
                        continue
                    }
                case .heading(let heading):
                    let words = FoldedWords(heading.content.visibleText)
                    if let rule = judge.labelRule(words) {
                        strip(block, Self.describe(rule))
                        continue
                    }
                    if let rule = judge.headingRule(words) {
                        let end = Self.sectionEnd(blocks, after: index, level: heading.level)
                        let section = Array(blocks[index..<end])
                        if TextMeasure(section).words <= AppealJudge.longestFurnitureSection
                            || AppealJudge.holdsExcerpts(section)
                        {
                            strip(block, Self.describe(rule))
                            for member in section {
                                // A copyright line at the end of the page still goes to the metadata.
                                if case .paragraph(let content) = member, let line = judge.rightsLine(ParagraphText(content)) {
                                    strip(member, "copyright line, moved to the metadata (\(line.rule))")
                                    rights = rights ?? line.text
                                } else {
                                    strip(member, "in the section under \(Self.describe(rule))")
                                }
                            }
                            index = end
                            continue
                        }
                    }
                case .container(var container):
                    if let rule = judge.boxRule(container.content) {
                        strip(block, "box under \(Self.describe(rule))")
                        continue
                    }
                    let isABox = blocks.count > 1 && TextMeasure(container.content).words <= Self.longestBox
                    container.content = clean(container.content, inABox: inABox || isABox)
                    if !container.content.isEmpty { result.append(.container(container)) }
                    continue
                default:
                    break
                }
                result.append(block)
            }
            return result
        }

        /// The rules of the paragraph's own language (from its first 60 words), or of the
        /// document's when its words do not say.
        mutating func rules(for text: ParagraphText) -> BoilerplateRules {
            let documentLanguage = documentLanguage()
            guard let language = text.words.flatMap({ LanguageGuess.guess($0.words.prefix(60), prior: documentLanguage) })
                ?? documentLanguage
            else {
                return rules
            }
            return rules.forLanguage(language)
        }

        /// The document's `lang`, or the language of its first paragraphs.
        mutating func documentLanguage() -> String? {
            if let guessedLanguage { return guessedLanguage }
            let language = LanguageGuess.language(ofTag: document.metadata.language) ?? AppealRemoval.language(of: document.blocks)
            guessedLanguage = .some(language)
            return language
        }

        /// The last block of article text: any block but a heading, a rule or a short or asking
        /// paragraph. `nil` when there is none.
        static func lastBodyBlock(_ blocks: [Block], _ texts: [ParagraphText?], _ evidence: [AppealEvidence]) -> Int? {
            blocks.indices.last { index in
                switch blocks[index] {
                case .heading, .thematicBreak: return false
                case .paragraph:
                    guard let words = texts[index]?.words?.words.count else { return true }
                    return words >= shortestBodyParagraph && !evidence[index].asks
                default: return true
                }
            }
        }

        private mutating func strip(_ block: Block, _ reason: String) {
            stripped.append(StrippedBlock(block: block, transform: .appealRemoval, reason: reason))
        }

        static func describe(_ rule: BoilerplateRules.Rule) -> String {
            rule.reportName
        }

        /// Where the section under a heading of `level` ends: at the next heading of that level
        /// or above, or at the end of the sequence.
        static func sectionEnd(_ blocks: [Block], after start: Int, level: Int) -> Int {
            var end = start
            while end < blocks.count {
                if case .heading(let heading) = blocks[end], heading.level <= level { break }
                end += 1
            }
            return end
        }
    }
}

/// A paragraph's text as the rules read it, worked out once for all the judgements.
struct ParagraphText {
    let content: [Inline]
    /// The text as a reader sees it.
    let visible: String
    /// Its words; `nil` for a paragraph too long to be an appeal or a copyright line.
    let words: FoldedWords?
    private let judgesQuotes: Bool

    /// Paragraphs longer than this many bytes are never judged (200 words of a long language).
    static let longestJudged = AppealJudge.longestAppeal * 15

    /// `judgesQuotes: false` makes `wordsOutsideQuotes` `words`, for judgements that do not
    /// read it (a copyright line).
    init(_ content: [Inline], judgesQuotes: Bool = true) {
        self.content = content
        self.judgesQuotes = judgesQuotes
        visible = content.visibleText
        words = Self.mayBeJudged(visible) ? FoldedWords(visible) : nil
    }

    /// Whether the text is short enough to be judged: at most `longestJudged` bytes, and not
    /// obviously more than `AppealJudge.longestAppeal` words (counted by spaces, before the
    /// cost of reading its words).
    private static func mayBeJudged(_ visible: String) -> Bool {
        let bytes = visible.utf8
        guard bytes.count <= longestJudged else { return false }
        var spaces = 0
        for byte in bytes where byte == 0x20 { spaces += 1 }
        return spaces <= AppealJudge.longestAppeal * 11 / 10
    }

    /// The words outside quoted speech (`words` when nothing is quoted). Worked out only for
    /// the few paragraphs that may ask the reader for something.
    var wordsOutsideQuotes: FoldedWords? {
        guard words != nil, judgesQuotes, Self.mayQuote(content, visible) else { return words }
        return FoldedWords(AppealJudge.textOutsideQuotes(content))
    }

    /// A `.quoted` inline, or a quotation mark in the text.
    private static func mayQuote(_ content: [Inline], _ visible: String) -> Bool {
        var found = false
        TreeWalk.visit(content) { inline in
            if case .quoted = inline { found = true }
        }
        return found || visible.unicodeScalars.contains { "\"“„«".unicodeScalars.contains($0) }
    }
}

/// The judgements `AppealRemoval` makes, one block at a time.
struct AppealJudge {
    let rules: BoilerplateRules

    /// Longer paragraphs are never appeals as a whole.
    static let longestAppeal = 200
    /// A furniture heading takes its section with it only when the section is this short.
    static let longestFurnitureSection = 150
    /// Longer lines are text about rights, not a copyright line.
    static let longestRightsLine = 40
    /// Labels of slots and controls are a few words.
    static let longestLabel = 8
    /// Headings longer than this are titles, not furniture labels.
    static let longestFurnitureHeading = 10

    /// A paragraph that is only a copyright or rights statement, with its text and rule.
    func rightsLine(_ text: ParagraphText) -> (text: String, rule: String)? {
        guard let words = text.words?.words, !words.isEmpty, words.count <= Self.longestRightsLine else { return nil }
        var rule: String?
        if let match = rules.firstMatch(.rights, in: words[...]) {
            rule = "rights rule \"\(match.phrase)\""
        } else {
            let hasYear = words.contains {
                $0.utf8.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber)
            }
            if hasYear, words.first == "copyright" || Self.hasCopyrightSign(text.visible) {
                rule = "copyright sign and year"
            }
        }
        guard let rule else { return nil }
        let line = text.visible.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (Self.rightsPart(of: line).trimmingCharacters(in: "*_ "), rule)
    }

    /// A footer's line, cut to its statement of rights: `© 2026 Harbour Instruments | Powered by
    /// Sphinx | Page source` keeps its first part, and the parts after it only while they speak
    /// of rights or a licence ("All rights reserved", "CC BY 4.0").
    static func rightsPart(of line: String) -> String {
        let parts = line.split(whereSeparator: { "|·•".contains($0) }).map { String($0).trimmingSpaces }
        guard parts.count > 1, let first = parts.firstIndex(where: isCopyrightStatement) else { return line }
        let rest = parts[(first + 1)...].prefix { part in
            let lowered = part.lowercased()
            return lowered.contains("rights") || lowered.contains("licen") || lowered.hasPrefix("cc ")
        }
        return ([parts[first]] + rest).joined(separator: " | ")
    }

    private static func isCopyrightStatement(_ part: String) -> Bool {
        let lowered = part.lowercased()
        return hasCopyrightSign(part) || lowered.hasPrefix("copyright") || lowered.contains("rights reserved")
    }

    /// A © anywhere, or "(c)" opening the text. Compared byte by byte: `String.contains(String)`
    /// goes through Foundation here, and making strings to compare was slow.
    static func hasCopyrightSign(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC2, byte == 0xA9 { return true }
            previous = byte
        }
        var opening = text.utf8.makeIterator()
        return opening.next() == 0x28 && [0x63, 0x43].contains(opening.next()) && opening.next() == 0x29
    }

    /// A paragraph that is only "PS:" (or another `ps` phrase).
    func isPostscript(_ text: ParagraphText) -> Bool {
        guard let words = text.words?.words, !words.isEmpty, words.count <= 3 else { return false }
        return rules.matchAtStart(.postscript, in: words[...], wholly: true) != nil
    }

    /// A paragraph or heading that is only the label of an advertisement slot or a page control
    /// (a `label` phrase: "Advertisement", "Read later").
    func labelRule(_ words: FoldedWords?) -> BoilerplateRules.Rule? {
        guard let words = words?.words, !words.isEmpty, words.count <= Self.longestLabel else { return nil }
        return rules.matchAtStart(.label, in: words[...], wholly: true)?.rule
    }

    /// A short heading made of a `heading` phrase ("Related articles", "Newsletter").
    func headingRule(_ content: [Inline]) -> BoilerplateRules.Rule? {
        headingRule(FoldedWords(content.visibleText))
    }

    func headingRule(_ folded: FoldedWords) -> BoilerplateRules.Rule? {
        let words = folded.words
        guard !words.isEmpty, words.count <= Self.longestFurnitureHeading else { return nil }
        if let match = rules.matchAtStart(.heading, in: words[...], wholly: true) { return match.rule }
        return nil
    }

    /// A paragraph opening with a `lead-in` phrase that introduces links: mostly links itself,
    /// or only the phrase (or a few words ending in a colon) with a list of links after it.
    func leadInRule(_ text: ParagraphText, followedBy next: Block?) -> BoilerplateRules.Rule? {
        guard let words = text.words?.words,
            let match = rules.matchAtStart(.leadIn, in: words[...], wholly: false)
        else { return nil }
        if TextMeasure(text.content).linkDensity >= 0.5 { return match.rule }
        let isOnlyAnIntroduction = match.length == words.count || (words.count <= 6 && text.visible.hasSuffix(":"))
        if isOnlyAnIntroduction, let next, Self.isLinkList(next) { return match.rule }
        return nil
    }

    /// Teasers under a furniture heading, however many: at least two paragraphs of prose, and
    /// at least half of them cut short with an ellipsis (other articles' openings, "...traçando
    /// um plano paralelo para …"; a short one is shown whole).
    static func holdsExcerpts(_ section: [Block]) -> Bool {
        var excerpts = 0
        var paragraphs = 0
        TreeWalk.visit(section) { block in
            guard case .paragraph(let content) = block else { return }
            let text = content.visibleText.trimmingSpaces
            guard text.utf8.count(where: { $0 == 0x20 }) >= 11 else { return }
            paragraphs += 1
            if text.hasSuffix("…") || text.hasSuffix("...") || text.hasSuffix("[…]") { excerpts += 1 }
        }
        return excerpts >= 2 && excerpts * 2 >= paragraphs
    }

    /// A box that opens with a furniture heading and is short: a sign-up or "related" box.
    func boxRule(_ content: [Block]) -> BoilerplateRules.Rule? {
        guard case .heading(let heading) = content.first, let rule = headingRule(heading.content) else { return nil }
        return TextMeasure(content).words <= Self.longestFurnitureSection || Self.holdsExcerpts(content) ? rule : nil
    }

    static func isLinkList(_ block: Block) -> Bool {
        switch block {
        case .bulletList, .orderedList: return TextMeasure([block]).linkDensity > 0.5
        default: return false
        }
    }

    /// The paragraph's text with quoted speech blanked out: `.quoted` inlines and text between
    /// quotation marks (“…”, «…», „…“, "…").
    static func textOutsideQuotes(_ content: [Inline]) -> String {
        var text = ""
        var pending: [ArraySlice<Inline>] = [content[...]]
        while var sequence = pending.popLast() {
            guard let inline = sequence.popFirst() else { continue }
            pending.append(sequence)
            switch inline {
            case .text(let string), .code(let string): text += string
            case .lineBreak, .softBreak: text += " "
            case .quoted: text += " "
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .superscript(let inner),
                .subscript(let inner):
                pending.append(inner[...])
            case .link(let link): pending.append(link.content[...])
            case .span(let span): pending.append(span.content[...])
            case .rawHTML(let html): text += RawHTMLText.visibleText(of: html)
            case .image, .footnoteReference: break
            }
        }
        return blankingQuotations(text)
    }

    private static let closingQuote: [Character: Character] = ["“": "”", "«": "»", "„": "“", "\"": "\""]

    /// Quotation marks that are never closed blank nothing.
    private static func blankingQuotations(_ text: String) -> String {
        var result = ""
        var quoted = ""
        var closing: Character?
        for character in text {
            if let expected = closing {
                quoted.append(character)
                if character == expected {
                    closing = nil
                    quoted = ""
                }
                continue
            }
            if let close = closingQuote[character] {
                closing = close
                quoted = String(character)
                result.append(" ")
                continue
            }
            result.append(character)
        }
        return result + quoted
    }
}

extension String {
    /// The text without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
