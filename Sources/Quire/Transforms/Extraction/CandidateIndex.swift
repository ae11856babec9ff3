import QuireDocument

/// Where a block sequence is in the tree: from the document's blocks, which block, then which of
/// its child sequences (a container's content, a list item, a table cell), and so on.
struct PathStep: Sendable, Equatable {
    var block: Int
    var child: Int
}

/// Every container of the page (and every table cell, for pages laid out with tables),
/// measured and scored as the possible home of the article.
///
/// Each paragraph of prose gives points to the containers around it: its nearest container all,
/// the next one half, the ones above a third of that and less, up to five levels, so the
/// container that holds most of the prose directly wins over the page that holds everything.
/// A paragraph earns more for its length and commas and less for its links. A container's
/// score is what its paragraphs gave it, plus or minus what its element and class names hint,
/// times the share of its text that is not link text.
///
/// Boxes named as furniture (`comments`, `sidebar`, `related`) and `nav` elements are set
/// aside first, with everything in them: comment threads are prose too, and would otherwise
/// compete with the article. Names are evidence, not verdicts: a box holding nearly all the
/// page's prose is a layout wrapper whatever its name, an `article` or `main` element is not set
/// aside for its classes, and a section whose id spells its heading (`TitledSections`) is judged
/// without that id. (A box named for where it sits, `read-more`, holding much of the article is
/// kept by `ArticleCleaning` once the article around it is chosen.)
struct CandidateIndex {
    struct Candidate {
        /// The sequence of blocks the candidate holds: a container's content, a table cell, or
        /// the whole page.
        var contentPath: [PathStep]
        /// For a container, the sequence it is in and its place there.
        var place: Place?
        /// The candidate of the nearest enclosing container or cell.
        var parent: Int?
        var element: String?
        /// The container's class names, as the page wrote them: boxes a site's template repeats
        /// (a thread's posts) share them.
        var classes: [String] = []
        var hints: ClassHints
        var measure = TextMeasure()
        /// Points from the paragraphs inside.
        var contentScore = 0.0
        var score = 0.0
        /// Blocks directly in it.
        var childCount: Int
        /// It is furniture, or inside furniture.
        var isSetAside = false

        /// Only candidates that hold prose, outside furniture, can be the article.
        var isEligible: Bool { contentScore > 0 && !isSetAside }
    }

    struct Place: Equatable {
        var sequencePath: [PathStep]
        var index: Int
    }

    private(set) var candidates: [Candidate]
    /// Each paragraph's points, prose characters and the candidates around it, nearest first.
    private var paragraphs: [(points: Double, prose: Int, around: [Int])] = []
    /// Characters of prose outside the boxes set aside: the page's readable text.
    private(set) var readableProse = 0
    private var names = ClassHints.Memo()
    static let root = 0

    /// Which boxes are set aside before scoring.
    enum FurniturePolicy {
        /// Every box named as furniture, and `nav` elements.
        case all
        /// Only boxes whose names say what they are about (comments, related, sidebar, share...):
        /// for when names like `header` or `ad` turned out to wrap the article.
        case strong
    }

    /// Measures and scores every candidate, setting furniture aside as `furniture` says.
    /// `weighsNames`: whether class and id names add to the scores (they still set furniture
    /// aside either way).
    init(_ blocks: [Block], furniture: FurniturePolicy = .all, weighsNames: Bool = true) {
        candidates = [Candidate(contentPath: [], element: nil, hints: ClassHints(), childCount: blocks.count)]
        var around = [Self.root]
        candidates[Self.root].measure = measure(blocks, path: [], around: &around, inList: false)
        setFurnitureAside(furniture)
        for (points, prose, around) in paragraphs where !around.contains(where: { candidates[$0].isSetAside }) {
            readableProse += prose
            for (level, candidate) in around.prefix(5).enumerated() {
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                candidates[candidate].contentScore += points / divider
            }
        }
        for index in candidates.indices {
            let candidate = candidates[index]
            let initial = Self.elementWeight(candidate.element) + (weighsNames ? candidate.hints.weight : 0)
            candidates[index].score = (initial + candidate.contentScore) * (1 - candidate.measure.linkDensity)
        }
    }

    subscript(index: Int) -> Candidate { candidates[index] }

    /// The candidate whose container is block `index` of the sequence at `path`, if any.
    func candidate(at path: [PathStep], index: Int) -> Int? {
        candidates.firstIndex { $0.place == Place(sequencePath: path, index: index) }
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

    private mutating func setFurnitureAside(_ policy: FurniturePolicy) {
        let pageProse = candidates[Self.root].measure.proseCharacters
        // Parents come before their children, so one pass carries the mark down.
        for index in candidates.indices.dropFirst() {
            let candidate = candidates[index]
            // A box holding nearly all the page's prose is the page's layout, whatever its name.
            if candidate.measure.proseCharacters * 10 >= pageProse * 8 { continue }
            let isFurniture: Bool
            if !candidate.hints.isFurniture {
                isFurniture = policy == .all && candidate.element == "nav"
            } else if candidate.element == "article" || candidate.element == "main" {
                // The element says what the box is; a class like `node-promoted` or
                // `js-social-anchor` says how a script treats it.
                isFurniture = false
            } else {
                isFurniture = policy == .all || candidate.hints.isStrongFurniture
            }
            if candidate.parent.map({ candidates[$0].isSetAside }) == true || isFurniture {
                candidates[index].isSetAside = true
            }
        }
    }

    private mutating func measure(
        _ blocks: [Block], path: [PathStep], around: inout [Int], inList: Bool
    ) -> TextMeasure {
        var total = TextMeasure()
        let titledSections = TitledSections.places(in: blocks)
        for (index, block) in blocks.enumerated() {
            var own = TextMeasure(ownLineOf: block)
            switch block {
            case .paragraph, .codeBlock:
                if own.characters >= TextMeasure.paragraphMinimum {
                    paragraphs.append((Self.points(for: own, inList: inList), own.proseCharacters, around.reversed()))
                }
            case .container(let container):
                let contentPath = path + [PathStep(block: index, child: 0)]
                own += measureCandidate(
                    Candidate(
                        contentPath: contentPath, place: Place(sequencePath: path, index: index), parent: around.last,
                        element: container.element, classes: container.classes,
                        hints: ClassHints(
                            id: titledSections.contains(index) ? nil : container.id, classes: container.classes, memo: &names),
                        childCount: container.content.count),
                    content: container.content, around: &around, inList: inList)
            case .table:
                for (child, cell) in block.childBlocks.enumerated() {
                    let contentPath = path + [PathStep(block: index, child: child)]
                    own += measureCandidate(
                        Candidate(
                            contentPath: contentPath, parent: around.last, element: "td", hints: ClassHints(),
                            childCount: cell.count),
                        content: cell, around: &around, inList: inList)
                }
            default:
                let isList: Bool
                switch block {
                case .bulletList, .orderedList, .definitionList: isList = true
                default: isList = false
                }
                for (child, sequence) in block.childBlocks.enumerated() {
                    own += measure(
                        sequence, path: path + [PathStep(block: index, child: child)], around: &around,
                        inList: inList || isList)
                }
            }
            total += own
        }
        return total
    }

    private mutating func measureCandidate(
        _ candidate: Candidate, content: [Block], around: inout [Int], inList: Bool
    ) -> TextMeasure {
        let index = candidates.count
        candidates.append(candidate)
        around.append(index)
        let inner = measure(content, path: candidate.contentPath, around: &around, inList: inList)
        around.removeLast()
        candidates[index].measure = inner
        return inner
    }

    /// What a paragraph gives the containers around it.
    static func points(for paragraph: TextMeasure, inList: Bool) -> Double {
        let base = 1 + Double(paragraph.commas) + min(Double(paragraph.characters) / 100, 3)
        return base * (1 - paragraph.linkDensity) * (inList ? 0.5 : 1)
    }

    /// Sectioning elements say what they hold more reliably than a `div` does.
    static func elementWeight(_ element: String?) -> Double {
        switch element {
        case "article": return 10
        case "main": return 5
        case "div", "section", "td": return 0
        case "form", "details": return -5
        case "header", "footer", "aside": return -15
        case "nav": return -25
        default: return 0
        }
    }
}

extension Array where Element == Block {
    /// The sequence at `path`, or `nil` when the path does not lead anywhere.
    func sequence(at path: [PathStep]) -> [Block]? {
        var current = self
        for step in path {
            guard current.indices.contains(step.block) else { return nil }
            let children = current[step.block].childBlocks
            guard children.indices.contains(step.child) else { return nil }
            current = children[step.child]
        }
        return current
    }
}
