import QuireDocument

/// Where a block sequence is in the tree: from the document's blocks, which block, then which of
/// its child sequences (a container's content, a list item, a table cell), and so on.
struct PathStep: Sendable, Equatable {
    var block: Int
    var child: Int
}

/// Every container of the page, measured and scored as the possible home of the article.
///
/// Each paragraph of prose gives points to the containers around it: its nearest container all,
/// the next one half, the ones above a third of that and less, up to five levels, so the
/// container that holds most of the prose directly wins over the page that holds everything.
/// A paragraph earns more for its length and commas and less for its links. A container's
/// score is what its paragraphs gave it, plus or minus what its element and class names hint,
/// times the share of its text that is not link text.
struct CandidateIndex {
    struct Candidate {
        /// The sequence the container is in, and its place there; the whole page (index 0)
        /// has neither.
        var sequencePath: [PathStep]
        var index: Int
        /// The candidate of the nearest enclosing container.
        var parent: Int?
        var element: String?
        var hints: ClassHints
        var measure = TextMeasure()
        /// Points from the paragraphs inside.
        var contentScore = 0.0
        var score = 0.0
        /// Blocks directly in the container.
        var childCount: Int

        /// The path of the container's own content.
        var contentPath: [PathStep] {
            index < 0 ? [] : sequencePath + [PathStep(block: index, child: 0)]
        }

        /// Only containers that hold prose can be the article.
        var isEligible: Bool { contentScore > 0 }
    }

    private(set) var candidates: [Candidate]
    static let root = 0

    init(_ blocks: [Block]) {
        candidates = [Candidate(sequencePath: [], index: -1, element: nil, hints: ClassHints(), childCount: blocks.count)]
        var ancestors = [Self.root]
        candidates[Self.root].measure = measure(blocks, path: [], ancestors: &ancestors, inList: false)
        for index in candidates.indices {
            let candidate = candidates[index]
            let initial = Self.elementWeight(candidate.element) + candidate.hints.weight
            candidates[index].score = (initial + candidate.contentScore) * (1 - candidate.measure.linkDensity)
        }
    }

    subscript(index: Int) -> Candidate { candidates[index] }

    /// The candidate whose container is block `index` of the sequence at `path`, if any.
    func candidate(at path: [PathStep], index: Int) -> Int? {
        candidates.firstIndex { $0.index == index && $0.sequencePath == path }
    }

    /// Whether `ancestor` encloses `candidate` (or is it).
    func isAncestor(_ ancestor: Int, of candidate: Int) -> Bool {
        var current: Int? = candidate
        while let index = current {
            if index == ancestor { return true }
            current = candidates[index].parent
        }
        return false
    }

    private mutating func measure(
        _ blocks: [Block], path: [PathStep], ancestors: inout [Int], inList: Bool
    ) -> TextMeasure {
        var total = TextMeasure()
        for (index, block) in blocks.enumerated() {
            var own = TextMeasure(ownLineOf: block)
            switch block {
            case .paragraph, .codeBlock:
                if own.characters >= TextMeasure.paragraphMinimum {
                    distribute(Self.points(for: own, inList: inList), to: ancestors)
                }
            case .container(let container):
                let candidate = candidates.count
                candidates.append(
                    Candidate(
                        sequencePath: path, index: index, parent: ancestors.last, element: container.element,
                        hints: ClassHints(id: container.id, classes: container.classes),
                        childCount: container.content.count))
                ancestors.append(candidate)
                let inner = measure(
                    container.content, path: path + [PathStep(block: index, child: 0)], ancestors: &ancestors,
                    inList: inList)
                ancestors.removeLast()
                candidates[candidate].measure = inner
                own += inner
            default:
                let isList: Bool
                switch block {
                case .bulletList, .orderedList, .definitionList: isList = true
                default: isList = false
                }
                for (child, sequence) in block.childSequences.enumerated() {
                    own += measure(
                        sequence, path: path + [PathStep(block: index, child: child)], ancestors: &ancestors,
                        inList: inList || isList)
                }
            }
            total += own
        }
        return total
    }

    /// What a paragraph gives the containers around it.
    static func points(for paragraph: TextMeasure, inList: Bool) -> Double {
        let base = 1 + Double(paragraph.commas) + min(Double(paragraph.characters) / 100, 3)
        return base * (1 - paragraph.linkDensity) * (inList ? 0.5 : 1)
    }

    private mutating func distribute(_ points: Double, to ancestors: [Int]) {
        for (level, candidate) in ancestors.reversed().prefix(5).enumerated() {
            let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
            candidates[candidate].contentScore += points / divider
        }
    }

    /// Sectioning elements say what they hold more reliably than a `div` does.
    static func elementWeight(_ element: String?) -> Double {
        switch element {
        case "article": return 10
        case "main": return 5
        case "div", "section": return 0
        case "form", "details": return -5
        case "header", "footer", "aside": return -15
        case "nav": return -25
        default: return 0
        }
    }
}

extension Block {
    /// The block's child sequences in reading order, without rebuilding it: a container's or
    /// quote's content, each list item, each definition, each table cell, a figure's or note's
    /// content.
    var childSequences: [[Block]] {
        switch self {
        case .paragraph, .heading, .codeBlock, .thematicBreak: return []
        case .blockQuote(let content): return [content]
        case .bulletList(let list): return list.items.map(\.content)
        case .orderedList(let list): return list.items.map(\.content)
        case .definitionList(let items): return items.flatMap(\.definitions)
        case .table(let table):
            return (table.headerRows + table.bodyRows + table.footerRows).flatMap(\.cells)
        case .figure(let figure): return [figure.content]
        case .footnoteDefinition(let note): return [note.content]
        case .container(let container): return [container.content]
        }
    }
}

extension Array where Element == Block {
    /// The sequence at `path`, or `nil` when the path does not lead anywhere.
    func sequence(at path: [PathStep]) -> [Block]? {
        var current = self
        for step in path {
            guard current.indices.contains(step.block) else { return nil }
            let children = current[step.block].childSequences
            guard children.indices.contains(step.child) else { return nil }
            current = children[step.child]
        }
        return current
    }
}
