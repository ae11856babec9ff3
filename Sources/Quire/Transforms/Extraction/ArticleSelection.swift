import QuireDocument

/// The blocks chosen as the article: some blocks of one sequence of the tree.
struct ArticleSelection: Equatable {
    /// The sequence the article's blocks are in.
    var sequencePath: [PathStep]
    /// The chosen blocks' places in it, in order.
    var kept: [Int]
    /// The score of the container the choice started from, for the reasons given to stripped blocks.
    var score: Double
    /// How the best candidate outside the chosen container (neither inside nor around it)
    /// scores against it: near 1 when no candidate stands out.
    var runnerUpShare = 0.0
    /// The place, in the same sequence, of the box holding the title heading when it is apart
    /// from the chosen blocks (an article's header with its standfirst).
    var header: Int?
}

extension CandidateIndex {
    /// The best container, moved up to what encloses the whole article, and widened to the
    /// sibling blocks that belong with it; `nil` when the page has no prose at all.
    /// `title` is the document's title, whose heading marks where the article starts.
    func selectArticle(in blocks: [Block], title: String? = nil) -> ArticleSelection? {
        guard let best = bestCandidate() else { return nil }
        var top = enclosingSeveralStrongCandidates(best)
        let twins = enclosingItsTwins(best)
        if isAncestor(twins, of: top) { top = twins }
        top = climbingWhileParentsScoreWell(top)
        top = climbingOutOfOnlyChildren(top, blocks: blocks)
        let candidate = self[top]
        guard let place = candidate.place, let siblings = blocks.sequence(at: place.sequencePath) else {
            // The whole page or a table cell: all of it.
            let content = blocks.sequence(at: candidate.contentPath) ?? []
            return ArticleSelection(
                sequencePath: candidate.contentPath, kept: Array(content.indices), score: candidate.score,
                runnerUpShare: runnerUpShare(against: top))
        }
        let titleWords = title.map { LeadingMetadata.words($0) } ?? []
        let kept = widen(
            from: place.index, in: siblings, path: place.sequencePath, score: candidate.score, titleWords: titleWords)
        return ArticleSelection(
            sequencePath: place.sequencePath, kept: kept, score: candidate.score, runnerUpShare: runnerUpShare(against: top),
            header: titleHeading(before: kept[0], in: siblings, titleWords: titleWords))
    }

    /// The best score of an eligible candidate apart from `top` (neither inside nor around it),
    /// as a share of its score.
    private func runnerUpShare(against top: Int) -> Double {
        let topScore = self[top].score
        guard topScore > 0 else { return 1 }
        var best = 0.0
        for index in candidates.indices where self[index].isEligible && self[index].score > best {
            if !isAncestor(top, of: index), !isAncestor(index, of: top) { best = self[index].score }
        }
        return best / topScore
    }

    private func bestCandidate() -> Int? {
        var best: Int?
        for index in candidates.indices where self[index].isEligible {
            if best.map({ self[index].score > self[$0].score }) ?? true { best = index }
        }
        return best
    }

    /// An article cut into several boxes (one per section, or text around a gallery) scores as
    /// several good candidates: when at least three others come close to the best, the lowest
    /// container holding three of them is the article.
    private func enclosingSeveralStrongCandidates(_ top: Int) -> Int {
        let topScore = self[top].score
        guard topScore > 0 else { return top }
        let strong = candidates.indices
            .filter { $0 != top && self[$0].isEligible && self[$0].score >= topScore * 0.75 }
            .sorted { self[$0].score > self[$1].score }
            .prefix(4)
        guard strong.count >= 3 else { return top }
        var ancestor = self[top].parent
        while let current = ancestor, current != Self.root {
            if strong.filter({ isAncestor(current, of: $0) }).count >= 3 { return current }
            ancestor = self[current].parent
        }
        return top
    }

    /// A question's body and its answers' bodies, or the posts of a thread, are boxes the
    /// site's template repeats: the same element and classes. When others of them earn a third
    /// of the best one's points from prose or more (their names, the same, are left out), the
    /// page's text is all of them, not the one that scored a little higher (an accepted answer
    /// beating the question by a point): the lowest box enclosing them is taken. Boxes set
    /// aside (comments) are not counted.
    private func enclosingItsTwins(_ best: Int) -> Int {
        let model = self[best]
        guard !model.classes.isEmpty, model.contentScore > 0 else { return best }
        var enclosing = best
        for index in candidates.indices where index != best {
            let other = self[index]
            guard other.isEligible, other.contentScore * 3 >= model.contentScore, other.element == model.element,
                other.classes == model.classes, !isAncestor(index, of: best), !isAncestor(best, of: index)
            else { continue }
            while !isAncestor(enclosing, of: index), let parent = self[enclosing].parent { enclosing = parent }
        }
        return enclosing == Self.root ? best : enclosing
    }

    /// A parent that scores better than the best candidate holds more of the article than it
    /// does; parents scoring under a third of it are the page around the article.
    private func climbingWhileParentsScoreWell(_ top: Int) -> Int {
        var lastScore = self[top].score
        let threshold = lastScore / 3
        var parent = self[top].parent
        while let current = parent, current != Self.root {
            let score = self[current].score
            if score < threshold { break }
            if score > lastScore { return current }
            lastScore = score
            parent = self[current].parent
        }
        return top
    }

    /// A container alone in its parent container is the same box.
    private func climbingOutOfOnlyChildren(_ top: Int, blocks: [Block]) -> Int {
        var top = top
        while let parent = self[top].parent, parent != Self.root, self[parent].childCount == 1,
            self[parent].contentPath == self[top].place?.sequencePath
        {
            top = parent
        }
        return top
    }

    /// The article's own header (title, standfirst, lead picture) often sits in a box beside
    /// its body: the closest block up to three places before `start` that holds the title as a
    /// heading.
    private func titleHeading(before start: Int, in siblings: [Block], titleWords: [String]) -> Int? {
        stride(from: start - 1, through: max(0, start - 3), by: -1).first {
            Self.holdsTitleHeading(siblings[$0], titleWords: titleWords)
        }
    }

    /// Whether `block` is, or holds, a heading reading as the title.
    private static func holdsTitleHeading(_ block: Block, titleWords: [String]) -> Bool {
        guard !titleWords.isEmpty else { return false }
        var found = false
        TreeWalk.visit([block]) { block in
            if !found, case .heading(let heading) = block,
                LeadingMetadata.isSameText(LeadingMetadata.words(heading.content.visibleText), titleWords)
            {
                found = true
            }
        }
        return found
    }

    /// An advertisement slot holds its label at most ("Advertisement", "Sponsored content").
    static let longestSlotLabel = 20

    /// Whether `block` is or holds a table, a list, a definition list or code with a few words
    /// in it (a list of share icons has none).
    private static func holdsData(_ block: Block) -> Bool {
        var found = false
        TreeWalk.visit([block]) { block in
            switch block {
            case .table, .bulletList, .orderedList, .definitionList, .codeBlock:
                if !found, TextMeasure([block]).words >= 4 { found = true }
            default: break
            }
        }
        return found
    }

    /// Whether `block` holds a note (a footnote's definition).
    private static func holdsNotes(_ block: Block) -> Bool {
        var found = false
        TreeWalk.visit([block]) { block in
            if case .footnoteDefinition = block { found = true }
        }
        return found
    }

    /// A box that neither names itself as furniture nor is a page's landmark, and is not a
    /// list of links.
    private func isQuietBox(_ candidate: Candidate) -> Bool {
        guard candidate.hints.weight >= 0 else { return false }
        switch candidate.element {
        case "nav", "aside", "footer", "header", "form": return false
        default: return candidate.measure.linkDensity < 0.25
        }
    }

    private func holdsProseSetAsideForItsPlace(_ candidate: Int) -> Bool {
        let prose = self[candidate].measure.proseCharacters
        var index = candidate + 1
        // Candidates are listed parents first, so those inside `candidate` follow it.
        while index < candidates.count, isAncestor(candidate, of: index) {
            let inner = self[index]
            if inner.isSetAside, !inner.hints.isStrongFurniture, inner.measure.proseCharacters * 2 >= prose, prose > 0 {
                return true
            }
            index += 1
        }
        return false
    }

    /// The best score of an eligible candidate inside `candidate` (or of itself).
    private func bestScoreWithin(_ candidate: Int) -> Double {
        var best = self[candidate].isEligible ? self[candidate].score : 0
        for index in candidates.indices.dropFirst(candidate + 1) where self[index].isEligible {
            if self[index].score > best, isAncestor(candidate, of: index) { best = self[index].score }
        }
        return best
    }

    /// The blocks beside the chosen container that belong to the same article: other
    /// containers that score well, paragraphs of prose, the notes the article cites, and the
    /// headings, lists, quotes, tables and figures between them. It stops after a few blocks
    /// that do not belong, so a page's footer a long way down is not taken in. Going up, it
    /// stops at the block holding the title heading: what lies between the title and the
    /// chosen box (a review's verdict and its pros and cons, a live page's key points) is the
    /// article's opening, however little prose it has. Going down, a table, list or code right
    /// after the article, before anything foreign but advertisement slots, is its tail.
    private func widen(
        from index: Int, in siblings: [Block], path: [PathStep], score: Double, titleWords: [String]
    ) -> [Int] {
        let threshold = max(10, score * 0.2)
        enum Verdict { case belongs, between, foreign }
        func verdict(_ position: Int) -> Verdict {
            let block = siblings[position]
            switch block {
            case .container:
                guard let candidate = candidate(at: path, index: position), !self[candidate].isSetAside else {
                    return .foreign
                }
                if self[candidate].isEligible, self[candidate].score >= threshold { return .belongs }
                // The notes the article's references point to, in their own box: few points
                // (short, in lists), but the article's as much as a bare note is.
                if Self.holdsNotes(block) { return .belongs }
                // A sibling wrapped in many boxes gets few points itself: a box inside it that
                // scores like a good part of the article is enough.
                if bestScoreWithin(candidate) >= max(threshold, score * 0.35) { return .belongs }
                guard isQuietBox(self[candidate]) else { return .foreign }
                // A plain box whose prose is mostly in a box inside it set aside for a name of
                // place (`read-more`) continues the article; one of short lines or pictures (a
                // recipe's ingredients, a gallery) between two parts of the article is part of it.
                return holdsProseSetAsideForItsPlace(candidate) ? .belongs : .between
            case .paragraph:
                let measure = TextMeasure(ownLineOf: block)
                if measure.characters > 80, measure.linkDensity < 0.25 { return .belongs }
                if measure.characters > 0, measure.linkCharacters == 0, measure.sentenceEnds > 0 { return .belongs }
                return .foreign
            case .heading, .figure, .blockQuote, .codeBlock, .table, .thematicBreak, .definitionList, .rawHTML:
                return .between
            case .bulletList, .orderedList:
                return TextMeasure([block]).linkDensity < 0.25 ? .between : .foreign
            case .footnoteDefinition:
                return .belongs
            }
        }
        var kept = [index]
        for direction in [1, -1] {
            var pending: [Int] = []
            var foreignRun = 0
            // Whether only advertisement slots (foreign boxes of a label at most) came since
            // the last block that belongs.
            var followsArticle = true
            var position = index + direction
            while siblings.indices.contains(position), foreignRun <= 2 {
                let verdict = verdict(position)
                if direction == -1, verdict != .belongs, Self.holdsTitleHeading(siblings[position], titleWords: titleWords) {
                    kept += pending
                    break
                }
                switch verdict {
                case .belongs:
                    kept += pending + [position]
                    pending = []
                    foreignRun = 0
                    followsArticle = true
                case .between:
                    pending.append(position)
                    // The article's tail: a table, a list or code right after it, with nothing
                    // foreign but advertisement slots in between ("Full results below"), even
                    // with no prose after it.
                    if direction == 1, followsArticle, Self.holdsData(siblings[position]) {
                        kept += pending
                        pending = []
                    }
                case .foreign:
                    foreignRun += 1
                    if TextMeasure([siblings[position]]).characters > Self.longestSlotLabel { followsArticle = false }
                }
                position += direction
            }
        }
        return kept.sorted()
    }
}
