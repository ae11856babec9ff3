import QuireDocument

/// Takes out what sits inside the article's container without being the article: share bars,
/// link lists, "related" boxes, sign-up forms, advertisement slots, text only screen readers get.
///
/// A box is judged on its own text: its element and class names, how much of it is links, and
/// whether it holds any prose. When the article was chosen with furniture set aside, a box named
/// as furniture goes whatever its size (a long comment thread); otherwise the names already
/// misled once, and a box holding half the article or more is not removed on its names alone.
struct ArticleCleaning {
    /// Characters of the whole selection, against which "half the article" is measured.
    let articleCharacters: Int
    /// Whether boxes named as furniture go whatever their size.
    let trustsNames: Bool
    private(set) var stripped: [StrippedBlock] = []
    /// Captions (or image sources) of the figures kept so far: galleries and lazy-loading
    /// markup often repeat a figure.
    private var figuresSeen: Set<String> = []
    /// Paragraphs kept so far that were alone in their box: such a paragraph repeated word for
    /// word is a gallery's caption or a teaser shown twice. (Repeats beside other paragraphs
    /// are left: meal plans and recipes repeat their lines in good faith.)
    private var paragraphsSeen: Set<String> = []
    /// The boxes and lists kept so far, by their measure: a video playlist or a teaser strip is
    /// often repeated, whole, a dozen times down the page. Their texts are compared only when
    /// two measures are the same, which is rare unless the text is.
    private var boxesSeen: [TextMeasure: [Block]] = [:]
    private var names = ClassHints.Memo()
    /// How many block quotes the blocks being cleaned are in: a `footer` there is the quote's
    /// attribution (`— <cite>Author</cite>`), not the page's footer.
    private var quoteDepth = 0

    init(articleCharacters: Int, trustsNames: Bool) {
        self.articleCharacters = articleCharacters
        self.trustsNames = trustsNames
    }

    /// The chosen blocks without what is not the article. The chosen boxes themselves were
    /// judged by their names when they were chosen (`CandidateIndex`), so only what is inside
    /// them is judged by name here.
    mutating func clean(chosen blocks: [Block]) -> [Block] {
        clean(blocks, judgesNames: false)
    }

    /// The whole page without what is not the article, when no box could be trusted to hold it.
    mutating func clean(page blocks: [Block]) -> [Block] {
        clean(blocks, judgesNames: true)
    }

    private mutating func clean(_ blocks: [Block], judgesNames: Bool = true) -> [Block] {
        var result: [Block] = []
        let isAloneInItsBox = blocks.count(where: { block in
            if case .paragraph(let content) = block { !content.visibleText.isEmpty } else { false }
        }) == 1
        let titledSections = TitledSections.places(in: blocks)
        // Whether the last block kept is a heading whose section was then removed.
        var headingLeftEmpty = false
        for (index, block) in blocks.enumerated() {
            // Boxes, lists and tables are measured once, for every judgement below.
            let measure = Self.isMeasuredWhole(block) ? TextMeasure([block]) : TextMeasure()
            let isRepeatable = Self.isRepeatable(block, measure: measure)
            if let reason = reasonToRemove(
                block, measure: measure, judgesNames: judgesNames, isTitledSection: titledSections.contains(index))
                ?? (isRepeatable && repeatsABoxSeen(block, measure: measure)
                    ? "repeats an earlier box (a playlist or teasers shown again)" : nil)
            {
                stripped.append(StrippedBlock(block: block, transform: .articleExtraction, reason: reason))
                if case .heading = result.last { headingLeftEmpty = true }
                continue
            }
            // "See also" over a list of links that went, followed by the next section's heading.
            if headingLeftEmpty, case .heading(let next) = block, case .heading(let previous) = result.last,
                next.level <= previous.level, let heading = result.popLast()
            {
                stripped.append(StrippedBlock(block: heading, transform: .articleExtraction, reason: "heading of a section removed"))
            }
            headingLeftEmpty = false
            switch block {
            case .heading(var heading):
                heading.content = HeadingControls.removingEditLink(heading.content)
                result.append(.heading(heading))
            case .container(var container):
                container.content = clean(container.content)
                if !container.content.isEmpty { result.append(.container(container)) }
                // Recorded after its content, which may read the same as the box itself.
                if isRepeatable { boxesSeen[measure, default: []].append(block) }
            case .blockQuote(let content):
                quoteDepth += 1
                let cleaned = clean(content)
                quoteDepth -= 1
                if !cleaned.isEmpty { result.append(.blockQuote(cleaned)) }
            case .bulletList(var list):
                list.items = cleanItems(list.items)
                if !list.items.isEmpty { result.append(.bulletList(list)) }
                if isRepeatable { boxesSeen[measure, default: []].append(block) }
            case .orderedList(var list):
                list.items = cleanItems(list.items)
                if !list.items.isEmpty { result.append(.orderedList(list)) }
                if isRepeatable { boxesSeen[measure, default: []].append(block) }
            case .paragraph(let content) where isAloneInItsBox:
                let text = content.visibleText
                if text.utf8.count >= Self.shortestRepeatedParagraph, !paragraphsSeen.insert(text).inserted {
                    stripped.append(StrippedBlock(block: block, transform: .articleExtraction, reason: "repeats an earlier paragraph"))
                    continue
                }
                result.append(block)
            case .figure(let figure):
                let key = figure.caption.visibleText.isEmpty ? [block].imageSources : figure.caption.visibleText
                if !key.isEmpty, !figuresSeen.insert(key).inserted {
                    stripped.append(StrippedBlock(block: block, transform: .articleExtraction, reason: "repeats a figure"))
                    continue
                }
                result.append(block)
            default:
                result.append(block)
            }
        }
        // "More from the site" over a teaser list that went: the heading titles nothing now.
        if headingLeftEmpty, let heading = result.popLast() {
            stripped.append(StrippedBlock(block: heading, transform: .articleExtraction, reason: "heading of a section removed"))
        }
        return result
    }

    /// Whether `block` is a box or a list of the length of a repeated strip.
    private static func isRepeatable(_ block: Block, measure: TextMeasure) -> Bool {
        switch block {
        case .container, .bulletList, .orderedList:
            return (shortestRepeatedBox...longestRepeatedBox).contains(measure.characters)
        default:
            return false
        }
    }

    private func repeatsABoxSeen(_ block: Block, measure: TextMeasure) -> Bool {
        guard let alike = boxesSeen[measure] else { return false }
        let text = [block].readableText
        return alike.contains { [$0].readableText == text }
    }

    private static func isMeasuredWhole(_ block: Block) -> Bool {
        switch block {
        case .container, .bulletList, .orderedList, .table: true
        default: false
        }
    }

    private mutating func cleanItems(_ items: [ListItem]) -> [ListItem] {
        items.compactMap { item in
            let content = clean(item.content)
            return content.isEmpty ? nil : ListItem(checked: item.checked, content: content)
        }
    }

    private mutating func reasonToRemove(
        _ block: Block, measure: TextMeasure, judgesNames: Bool, isTitledSection: Bool
    ) -> String? {
        switch block {
        case .container(let container):
            return reasonToRemove(container, measure: measure, judgesNames: judgesNames, isTitledSection: isTitledSection)
        case .bulletList(let list):
            return reasonToRemove(list: list.items, measure: measure)
        case .orderedList(let list):
            return reasonToRemove(list: list.items, measure: measure)
        case .table(let table):
            // An infobox or data table links many of its values, but labels them in plain text.
            if measure.linkDensity > 0.5, measure.linkDensity > 0.8 || !Self.isLabelled(table) {
                return "table of links (link density \(Self.format(measure.linkDensity)))"
            }
            return nil
        case .paragraph:
            let measure = TextMeasure(ownLineOf: block)
            if measure.linkDensity > 0.9, measure.characters < 200 {
                return "paragraph of links (link density \(Self.format(measure.linkDensity)))"
            }
            return nil
        case .heading(let heading):
            // A heading that is a link is the title of another page: a teaser. One that links
            // to itself (a permalink, a link back to the contents) is the article's.
            return HeadingControls.linksElsewhere(heading.content) ? "heading linking elsewhere (a teaser's title)" : nil
        default:
            return nil
        }
    }

    private func reasonToRemove(list items: [ListItem], measure: TextMeasure) -> String? {
        // A list whose items are sentences with links in them (a changelog, a week's notes,
        // further reading with its sources named) is text; teasers are their links.
        let isSentencesWithLinks = measure.linkDensity <= 0.8 && measure.words >= items.count * Self.wordsOfASentenceItem
        if measure.linkDensity > 0.5, !isSentencesWithLinks {
            return "list of links (link density \(Self.format(measure.linkDensity)))"
        }
        let stories = items.count(where: { $0.content.contains(where: Self.isArticle) })
        if stories >= 2, stories * 2 >= items.count { return "list of other articles (\(stories) article boxes)" }
        return nil
    }

    /// An `article` element inside the article is another story: a teaser, with its picture,
    /// headline and first lines.
    private static func isArticle(_ block: Block) -> Bool {
        if case .container(let container) = block { return container.element == "article" }
        return false
    }

    private mutating func reasonToRemove(
        _ container: Container, measure: TextMeasure, judgesNames: Bool, isTitledSection: Bool
    ) -> String? {
        if quoteDepth > 0, container.element == "footer" { return nil }
        let hints = ClassHints(id: isTitledSection ? nil : container.id, classes: container.classes, memo: &names)
        let name = Self.describe(container)
        let isMajor = measure.characters * 2 >= articleCharacters
        switch container.element {
        case "nav": return "navigation (\(name))"
        case "form" where !isMajor: return "form (\(name))"
        default: break
        }
        if hints.isHidden { return "visually hidden (\(name))" }
        let stories = container.content.count(where: Self.isArticle)
        if stories >= 2, !isMajor { return "other articles (\(name), \(stories) article boxes)" }
        if judgesNames, hints.isFurniture, !isKeptDespiteItsName(container, hints: hints, measure: measure) {
            return "site furniture by its name (\(name))"
        }
        if measure.commas < 10, measure.linkDensity > 0.5 {
            return "links rather than text (\(name), link density \(Self.format(measure.linkDensity)))"
        }
        if ["aside", "footer"].contains(container.element), !hints.isPositive, measure.paragraphs < 2 || measure.linkDensity > 0.3 {
            return "\(container.element ?? "box") without prose (\(name))"
        }
        return nil
    }

    /// Names are evidence, not verdicts: a box named for where it sits (`read-more`, `banner`),
    /// or an `article` element, that holds a third of the article in paragraphs of running prose
    /// (not a gallery's captions, in list items or under pictures) is part of it; when the names
    /// already misled once (`trustsNames` false), so is any box holding half of it.
    private func isKeptDespiteItsName(_ container: Container, hints: ClassHints, measure: TextMeasure) -> Bool {
        if !trustsNames, measure.characters * 2 >= articleCharacters { return true }
        let isNamedOnlyForItsPlace = !hints.isStrongFurniture || container.element == "article"
        guard isNamedOnlyForItsPlace, measure.proseCharacters * 3 >= articleCharacters else { return false }
        return container.content.runningProse * 3 >= articleCharacters
            && container.content.imageCount * 4 < measure.paragraphs
    }

    /// Whether most rows of `table` open with a label in plain text: an infobox or a data table,
    /// not a grid of links.
    static func isLabelled(_ table: Table) -> Bool {
        let rows = table.headerRows + table.bodyRows + table.footerRows
        let labelled = rows.count(where: { row in
            guard row.cells.count >= 2, let label = row.cells.first else { return false }
            let measure = TextMeasure(label)
            return measure.characters > 0 && measure.linkCharacters == 0
        })
        return labelled >= 3 && labelled * 2 >= rows.count
    }

    /// List items of at least this many words, on average, are sentences rather than titles.
    static let wordsOfASentenceItem = 8
    /// Shorter paragraphs ("Photo: AP") are judged otherwise.
    static let shortestRepeatedParagraph = 40
    /// Shorter boxes ("Share", a date) repeat in good faith; longer ones are not strips (and
    /// reading their text at every level would cost too much).
    static let shortestRepeatedBox = 80
    static let longestRepeatedBox = 4_000

    static func describe(_ container: Container) -> String {
        var name = container.element ?? "div"
        if let id = container.id { name += "#" + id }
        for item in container.classes.prefix(3) { name += "." + item }
        return name
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

extension Array where Element == Block {
    /// How many images these blocks hold.
    fileprivate var imageCount: Int {
        var count = 0
        TreeWalk.visit(self, inline: { inline in
            if case .image = inline { count += 1 }
        })
        return count
    }

    /// The sources of the images in these blocks, joined: what identifies a figure without a caption.
    fileprivate var imageSources: String {
        var sources: [String] = []
        TreeWalk.visit(self, inline: { inline in
            if case .image(let image) = inline { sources.append(image.source) }
        })
        return sources.joined(separator: " ")
    }
}
