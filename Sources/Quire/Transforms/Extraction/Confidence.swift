import QuireDocument

/// Whether the article extraction chose can be trusted. A wrong choice is usually not empty:
/// it is a disclaimer, a footer or one box of a split article, kept in place of the whole
/// article, and a user must not get that without a word. When in doubt, extraction keeps the
/// page without its navigation and furniture instead, and says so.
enum Confidence {
    /// Below this share of the page's readable prose, on a page with much more of it elsewhere,
    /// the chosen text is probably a part of the article or something beside it.
    static let smallestShare = 1.0 / 3
    /// Prose outside the choice that makes a small share matter (a few paragraphs).
    static let proseLeftOutThatMatters = 1_500
    /// A choice with more prose than this is an article of its own, whatever lies beside it.
    static let longestDoubtfulChoice = 1_500
    /// A text of this many paragraphs or fewer may be a disclaimer as a whole.
    static let disclaimerParagraphs = 3

    /// How every doubt's warning opens, so that `-v` and `batch --report` can tell it apart.
    static let warningOpening = "article extraction unsure"
    static let fallback = "kept the page without its navigation"

    /// A runner-up scoring this share of the chosen box or more: the choice does not stand out.
    static let closeRunnerUp = 0.5

    /// Why `article` is doubtful, or `nil`. `readableProse` is the page's prose outside the boxes
    /// named as furniture; `runnerUpShare` is the best other candidate's score as a share of the
    /// chosen one's. A small part of the page's prose is doubtful only when it is a few
    /// paragraphs and the choice did not stand out: a blog post beside longer teasers of other
    /// posts is still the article.
    static func doubt(about article: [Block], readableProse: Int, runnerUpShare: Double, judge: AppealJudge) -> String? {
        let kept = TextMeasure(article)
        if kept.proseCharacters < longestDoubtfulChoice, readableProse - kept.proseCharacters >= proseLeftOutThatMatters,
            Double(kept.proseCharacters) < Double(readableProse) * smallestShare, runnerUpShare >= closeRunnerUp
        {
            return "the chosen text holds \(kept.proseCharacters * 100 / max(readableProse, 1))% of the page's prose"
        }
        if kept.paragraphs <= disclaimerParagraphs, legalCharacters(in: article, judge: judge) * 2 > kept.characters {
            return "the chosen text reads like a footer's legal notice"
        }
        return nil
    }

    /// Characters of the paragraphs that speak of rights or copyright: what footers and
    /// disclaimers say, and articles say in a line at most.
    static func legalCharacters(in blocks: [Block], judge: AppealJudge) -> Int {
        var characters = 0
        TreeWalk.visit(blocks) { block in
            guard case .paragraph(let content) = block else { return }
            let text = ParagraphText(content, judgesQuotes: false)
            guard let words = text.words?.words, !words.isEmpty else { return }
            if judge.rules.firstMatch(.rights, in: words[...]) != nil || words.contains("copyright")
                || text.visible.unicodeScalars.contains("©")
            {
                characters += TextMeasure(content).characters
            }
        }
        return characters
    }
}
