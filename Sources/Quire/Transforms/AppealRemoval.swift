import QuireDocument

/// Removes the paragraphs and short sections that ask the reader for something (donate,
/// subscribe, become a member, follow, share, read more from the site), and moves lone
/// copyright lines into `metadata.rights`. It works on any tree: a web page after extraction,
/// Markdown, plain text.
///
/// A paragraph goes only when it is an appeal as a whole: at least one sentence asks the
/// reader (an `appeal` phrase, in a sentence that starts with it or speaks to the reader), and
/// most of the paragraph's words are in such sentences or in ones that go with them ("Thank
/// you.", "One-off gifts are welcome"). Quoted speech is not the page asking, so it is left out
/// of the judgement: an article about a fundraiser keeps its paragraphs. Block quotes and lists
/// are never looked into. The phrases are data (`BoilerplateRules`); the method is in
/// `docs/extraction.md`.
public enum AppealRemoval {
    /// The document without its appeals; each removed block is appended to `stripped`.
    public static func remove(
        from document: Document, rules: BoilerplateRules, stripped: inout [StrippedBlock]
    ) -> Document {
        var remover = Remover(judge: AppealJudge(rules: rules))
        var result = document
        result.blocks = remover.clean(document.blocks)
        if result.metadata.rights == nil, let rights = remover.rights { result.metadata.rights = rights }
        stripped += remover.stripped
        return result
    }

    private struct Remover {
        let judge: AppealJudge
        var stripped: [StrippedBlock] = []
        /// The first copyright line removed.
        var rights: String?

        mutating func clean(_ blocks: [Block]) -> [Block] {
            var result: [Block] = []
            var index = 0
            while index < blocks.count {
                let block = blocks[index]
                index += 1
                switch block {
                case .paragraph(let content):
                    let text = ParagraphText(content)
                    if let line = judge.rightsLine(text) {
                        strip(block, "copyright line, moved to the metadata (\(line.rule))")
                        rights = rights ?? line.text
                        continue
                    }
                    if judge.isPostscript(text), index < blocks.count, case .paragraph(let next) = blocks[index],
                        let rule = judge.appealRule(ParagraphText(next))
                    {
                        strip(block, "postscript introducing an appeal")
                        strip(blocks[index], Self.describe(rule))
                        index += 1
                        continue
                    }
                    if let rule = judge.appealRule(text) {
                        strip(block, Self.describe(rule))
                        continue
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
                    if let rule = judge.headingRule(heading.content) {
                        let end = Self.sectionEnd(blocks, after: index, level: heading.level)
                        let section = Array(blocks[index..<end])
                        if TextMeasure(section).words <= AppealJudge.longestFurnitureSection {
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
                    container.content = clean(container.content)
                    if !container.content.isEmpty { result.append(.container(container)) }
                    continue
                default:
                    break
                }
                result.append(block)
            }
            return result
        }

        private mutating func strip(_ block: Block, _ reason: String) {
            stripped.append(StrippedBlock(block: block, transform: .appealRemoval, reason: reason))
        }

        static func describe(_ rule: BoilerplateRules.Rule) -> String {
            "\(rule.kind.rawValue) rule \"\(rule.phrase)\" [\(rule.language), \(rule.source)]"
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
    /// The words outside quoted speech (`words` when nothing is quoted).
    let wordsOutsideQuotes: FoldedWords?

    /// Paragraphs longer than this many bytes are never judged (200 words of a long language).
    static let longestJudged = AppealJudge.longestAppeal * 15

    /// `judgesQuotes: false` leaves `wordsOutsideQuotes` as `words`, for judgements that do not
    /// read it (a copyright line).
    init(_ content: [Inline], judgesQuotes: Bool = true) {
        self.content = content
        visible = content.visibleText
        guard visible.utf8.count <= Self.longestJudged else {
            words = nil
            wordsOutsideQuotes = nil
            return
        }
        let words = FoldedWords(visible)
        self.words = words
        wordsOutsideQuotes = judgesQuotes && Self.mayQuote(content, visible) ? FoldedWords(AppealJudge.textOutsideQuotes(content)) : words
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
    /// Headings longer than this are titles, not furniture labels.
    static let longestFurnitureHeading = 10

    /// The rule that makes this paragraph an appeal as a whole, if any.
    func appealRule(_ text: ParagraphText) -> BoilerplateRules.Rule? {
        guard let folded = text.wordsOutsideQuotes, !folded.words.isEmpty, folded.words.count <= Self.longestAppeal
        else { return nil }
        var appeal: BoilerplateRules.Rule?
        var covered = 0
        for (position, var sentence) in folded.sentences.enumerated() {
            if position == 0, let postscript = rules.matchAtStart(.postscript, in: sentence, wholly: false) {
                covered += postscript.length
                sentence = sentence.dropFirst(postscript.length)
            }
            if let rule = askingRule(sentence) {
                appeal = appeal ?? rule
                covered += sentence.count
            } else if sentence.count <= 3 || rules.firstMatch(.supporting, in: sentence) != nil {
                covered += sentence.count
            }
        }
        guard let appeal, covered * 10 >= folded.words.count * 6 else { return nil }
        return appeal
    }

    /// An appeal phrase that opens the sentence (an imperative) or sits in a sentence speaking
    /// to the reader or for the site.
    private func askingRule(_ sentence: ArraySlice<String>) -> BoilerplateRules.Rule? {
        if let opening = rules.matchAtStart(.appeal, in: sentence, wholly: false) { return opening.rule }
        guard let rule = rules.firstMatch(.appeal, in: sentence), rules.firstMatch(.address, in: sentence) != nil else {
            return nil
        }
        return rule
    }

    /// A paragraph that is only a copyright or rights statement, with its text and rule.
    func rightsLine(_ text: ParagraphText) -> (text: String, rule: String)? {
        guard let words = text.words?.words, !words.isEmpty, words.count <= Self.longestRightsLine else { return nil }
        var rule: String?
        if let match = rules.firstMatch(.rights, in: words[...]) {
            rule = "rights rule \"\(match.phrase)\""
        } else {
            // Compared scalar by scalar: `String.contains(String)` goes through Foundation here.
            let marked = text.visible.unicodeScalars.contains("©") || words.first == "copyright"
                || ["(c)", "(C)"].contains(String(String.UnicodeScalarView(text.visible.unicodeScalars.prefix(3))))
            let hasYear = words.contains {
                $0.utf8.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber)
            }
            if marked, hasYear { rule = "copyright sign and year" }
        }
        guard let rule else { return nil }
        let line = text.visible.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (line.trimmingCharacters(in: "*_ "), rule)
    }

    /// A paragraph that is only "PS:" (or another `ps` phrase).
    func isPostscript(_ text: ParagraphText) -> Bool {
        guard let words = text.words?.words, !words.isEmpty, words.count <= 3 else { return false }
        return rules.matchAtStart(.postscript, in: words[...], wholly: true) != nil
    }

    /// A short heading made of a `heading` phrase ("Related articles", "Newsletter").
    func headingRule(_ content: [Inline]) -> BoilerplateRules.Rule? {
        let words = FoldedWords(content.visibleText).words
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

    /// A box that opens with a furniture heading and is short: a sign-up or "related" box.
    func boxRule(_ content: [Block]) -> BoilerplateRules.Rule? {
        guard case .heading(let heading) = content.first, let rule = headingRule(heading.content) else { return nil }
        return TextMeasure(content).words <= Self.longestFurnitureSection ? rule : nil
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
