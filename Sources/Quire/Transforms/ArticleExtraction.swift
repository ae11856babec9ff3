import QuireDocument

/// Keeps the article of a web page and drops the site around it: navigation, headers and
/// footers, sidebars, share bars, comments, "related" lists, sign-up boxes, advertisements.
///
/// It works on the tree the HTML reader builds, which keeps the page's sectioning elements and
/// named `div`s as containers (`docs/html-reader.md`). The method, in `docs/extraction.md`:
///
/// 1. `CandidateIndex` scores every container by the prose it holds (length, commas, link
///    density) and the hints of its element and class names.
/// 2. `selectArticle` takes the best, moves up to the container that holds the whole article,
///    and widens to sibling blocks that belong with it.
/// 3. `ArticleCleaning` removes furniture inside it (link lists, share bars, forms...), and
///    `PictureBoxes` makes figures of the boxes that hold a picture and its caption.
/// 4. `LeadingMetadata` removes the title, byline and date that `Metadata` already carries.
///
/// If what is left is less than a few sentences, or a small part of a page with plenty of
/// prose, the choice was probably wrong: the whole page is kept and a warning says so. When the
/// choice is doubtful (`Confidence`), the page is kept without its navigation and furniture,
/// with a warning. An empty article is never the answer.
public enum ArticleExtraction {
    /// Fewer words and characters than these are not a few sentences (short news items run to
    /// 60 words or so); characters count for languages written without spaces.
    static let minimumWords = 30
    static let minimumCharacters = 200
    /// A page with at least this much prose...
    static let plentifulProse = 2_000
    /// ...keeps at least this share of it.
    static let minimumShareOfPlentifulProse = 0.1

    /// The article of `document`. Removed blocks are appended to `stripped`; `file` names the
    /// input in the warning given when the whole page is kept. A copyright line among the
    /// removed blocks becomes `metadata.rights` when the page declared none (`rules` says what a
    /// copyright line is).
    public static func extract(
        _ document: Document, file: String, rules: BoilerplateRules = .builtIn, warnings: inout [ConversionWarning],
        stripped: inout [StrippedBlock]
    ) -> Document {
        var shortfall = "no paragraph of prose"
        // First with every box named as furniture set aside; if that leaves too little, a name
        // like `header` or `ad` may have wrapped the article, so only the boxes whose names say
        // what they are (comments, related, sidebar...). Last, as Readability does, without the
        // names' weight in the scores: on a short page a small box named `content` (a tab
        // panel's code) outscores the article's few paragraphs.
        let attempts: [(furniture: CandidateIndex.FurniturePolicy, weighsNames: Bool)] = [
            (.all, true), (.strong, true), (.all, false),
        ]
        for (furniture, weighsNames) in attempts {
            let index = CandidateIndex(document.blocks, furniture: furniture, weighsNames: weighsNames)
            // A page this short is its own article.
            let page = index[CandidateIndex.root].measure
            if page.words < minimumWords, page.characters < minimumCharacters { return document }
            guard let selection = index.selectArticle(in: document.blocks, title: document.metadata.title),
                let sequence = document.blocks.sequence(at: selection.sequencePath)
            else { continue }
            let chosen = selection.kept.map { sequence[$0] }
            var cleaning = ArticleCleaning(
                articleCharacters: TextMeasure(chosen).characters, trustsNames: furniture == .all)
            var article = PictureBoxes.apply(cleaning.clean(chosen: chosen))
            var leading = LeadingMetadata(metadata: document.metadata)
            // The header box beside the body is left out, all but its standfirst.
            if let header = selection.header {
                var headerMetadata = LeadingMetadata(metadata: document.metadata)
                _ = headerMetadata.strip([sequence[header]])
                leading = LeadingMetadata(metadata: headerMetadata.metadata)
            }
            article = leading.strip(article)
            if let problem = Self.shortfall(
                kept: TextMeasure(article), page: index[CandidateIndex.root].measure, readableProse: index.readableProse)
            {
                shortfall = problem
                continue
            }
            var removed = outside(selection, of: document.blocks) + cleaning.stripped + leading.stripped
            if let doubt = Confidence.doubt(
                about: article, readableProse: index.readableProse, runnerUpShare: selection.runnerUpShare,
                judge: AppealJudge(rules: rules))
            {
                // The safer choice: the page without its navigation and furniture, so that a
                // wrong guess loses nothing of the article.
                var pageCleaning = ArticleCleaning(
                    articleCharacters: TextMeasure(document.blocks).characters, trustsNames: furniture == .all)
                var pageLeading = LeadingMetadata(metadata: document.metadata)
                let page = pageLeading.strip(PictureBoxes.apply(pageCleaning.clean(page: document.blocks)))
                if TextMeasure(page).proseCharacters > TextMeasure(article).proseCharacters {
                    warnings.append(
                        ConversionWarning(file: file, message: "\(Confidence.warningOpening) (\(doubt)); \(Confidence.fallback)"))
                    article = page
                    leading = pageLeading
                    removed = pageCleaning.stripped + pageLeading.stripped
                }
            }
            stripped += removed
            var result = document
            result.metadata = leading.metadata
            result.blocks = article
            if result.metadata.rights == nil {
                result.metadata.rights = rightsLine(in: removed.map(\.block), judge: AppealJudge(rules: rules))
            }
            return result
        }
        warnings.append(ConversionWarning(file: file, message: "article extraction kept \(shortfall); whole page kept"))
        return document
    }

    /// Whether `warning` says extraction was unsure of its choice or kept the whole page: what
    /// `quire convert -v` and `quire batch --report` record.
    public static func isDoubt(_ warning: ConversionWarning) -> Bool {
        warning.message.hasPrefix(Confidence.warningOpening)
            || (warning.message.hasPrefix("article extraction kept") && warning.message.hasSuffix("whole page kept"))
    }

    /// What is wrong with keeping `kept` of `page`, or `nil` when it is enough. `readableProse`
    /// is the page's prose outside the boxes named as furniture (comments, sidebars).
    static func shortfall(kept: TextMeasure, page: TextMeasure, readableProse: Int) -> String? {
        if kept.words < minimumWords, kept.characters < minimumCharacters {
            if page.words <= kept.words { return nil }
            return "only \(kept.words) word\(kept.words == 1 ? "" : "s")"
        }
        if readableProse >= plentifulProse,
            Double(kept.proseCharacters) < Double(readableProse) * minimumShareOfPlentifulProse
        {
            return "only \(kept.proseCharacters * 100 / readableProse)% of the page's prose"
        }
        return nil
    }

    /// The first copyright line in `blocks` (the page footer's, usually).
    static func rightsLine(in blocks: [Block], judge: AppealJudge) -> String? {
        var found: String?
        TreeWalk.visit(blocks) { block in
            // Copyright lines are short: only those are worth reading word by word.
            guard found == nil, case .paragraph(let content) = block, TextMeasure(content).characters <= 400 else { return }
            if let line = judge.rightsLine(ParagraphText(content, judgesQuotes: false)) { found = line.text }
        }
        return found
    }

    /// Every block outside the selection: the siblings of each container on the way down to
    /// it, and the blocks beside it that were not taken in.
    static func outside(_ selection: ArticleSelection, of blocks: [Block]) -> [StrippedBlock] {
        var removed: [Block] = []
        var current = blocks
        for step in selection.sequencePath {
            guard current.indices.contains(step.block) else { break }
            removed += current.indices.filter { $0 != step.block }.map { current[$0] }
            let children = current[step.block].childBlocks
            guard children.indices.contains(step.child) else { break }
            removed += children.indices.filter { $0 != step.child }.flatMap { children[$0] }
            current = children[step.child]
        }
        let kept = Set(selection.kept)
        removed += current.indices.filter { !kept.contains($0) }.map { current[$0] }
        let reason = "outside the article (its container scored \(Int(selection.score.rounded())))"
        return removed.map { StrippedBlock(block: $0, transform: .articleExtraction, reason: reason) }
    }
}
