import QuireDocument

/// One XHTML file of the book's text.
struct Chapter {
    var fileName: String
    /// The document's `<title>`: the chapter's first heading, or the book's title.
    var title: String
    var blocks: [Block]
}

/// Cuts the text into chapter files at headings, so large documents do not become one huge file.
public enum ChapterSplitter {
    /// The heading level to split at: the requested one, else 1 when the text has several level-1
    /// headings, else 0 (one chapter).
    static func level(requested: Int?, blocks: [Block]) -> Int {
        if let requested { return min(max(requested, 0), 6) }
        let chapterHeadings = structuralHeadings(blocks).filter { $0.level == 1 }
        return chapterHeadings.count >= 2 ? 1 : 0
    }

    /// A chapter shorter than about a screen of text goes on into the next: a reader turning to
    /// a new file for a heading and two lines sees a page nearly empty, and a document of many
    /// tiny sections would make a file for every few bytes.
    public static let minimumChapterTextBytes = 1_500

    /// The blocks of each chapter. A container holding a heading to split at is opened up (an
    /// empty element keeps its id, so links to it still land), because a chapter cannot start in
    /// the middle of an element. Footnote definitions alone never make a chapter, nor do fewer
    /// than `minimumTextBytes` of text.
    static func split(_ blocks: [Block], atLevel level: Int, minimumTextBytes: Int) -> [[Block]] {
        guard level > 0 else { return [blocks] }
        var chapters: [[Block]] = [[]]
        var textBytes = 0
        for block in opened(blocks, level: level) {
            if case .heading(let heading) = block, heading.level <= level, textBytes >= minimumTextBytes,
                chapters[chapters.count - 1].contains(where: isContent)
            {
                // The anchor left by an opened container belongs with the heading it preceded.
                var anchors: [Block] = []
                while let last = chapters[chapters.count - 1].last, isAnchor(last) {
                    anchors.insert(chapters[chapters.count - 1].removeLast(), at: 0)
                }
                chapters.append(anchors)
                textBytes = 0
            }
            chapters[chapters.count - 1].append(block)
            textBytes += screenBytes(of: block)
        }
        return chapters
    }

    /// The bytes of text a block shows, a picture counting as a screenful.
    private static func screenBytes(of block: Block) -> Int {
        var bytes = 0
        TreeWalk.visit(
            [block], skippingNotes: true,
            block: { block in
                if case .codeBlock(let code) = block { bytes += code.text.utf8.count }
            },
            inline: { inline in
                switch inline {
                case .text(let text), .code(let text): bytes += text.utf8.count
                case .image: bytes += minimumChapterTextBytes
                default: break
                }
            })
        return bytes
    }

    /// Headings that make the document's outline: at the top level or inside plain containers,
    /// not those inside quotes, lists, tables or notes.
    static func structuralHeadings(_ blocks: [Block]) -> [Heading] {
        var headings: [Heading] = []
        for block in blocks {
            switch block {
            case .heading(let heading): headings.append(heading)
            case .container(let container): headings += structuralHeadings(container.content)
            default: break
            }
        }
        return headings
    }

    private static func opened(_ blocks: [Block], level: Int) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            guard case .container(let container) = block,
                structuralHeadings(container.content).contains(where: { $0.level <= level })
            else {
                result.append(block)
                continue
            }
            if let id = container.id { result.append(.container(Container(id: id, content: []))) }
            result += opened(container.content, level: level)
        }
        return result
    }

    private static func isContent(_ block: Block) -> Bool {
        switch block {
        case .footnoteDefinition: return false
        case .container(let container): return !container.content.isEmpty
        default: return true
        }
    }

    private static func isAnchor(_ block: Block) -> Bool {
        guard case .container(let container) = block else { return false }
        return container.content.isEmpty
    }
}

/// Which chapter holds each id and each note, so links work across the split.
///
/// A note is written at the end of the first chapter that refers to it (a note referred to only
/// from other notes goes with the first of those; a note nothing refers to goes at the end of the
/// book). The serializer gives the id a note links back to to the first reference it writes, which
/// is in the first chapter whose text or notes refer to the note; this plan computes the same.
struct ChapterPlan {
    let fileNames: [String]
    /// Note numbers written at the end of each chapter, in order.
    let notesByChapter: [[Int]]
    private var chapterOfIdentifier: [String: Int] = [:]

    init(chapters: [Chapter], notes: NotePlan) {
        fileNames = chapters.map(\.fileName)
        let lastChapter = max(chapters.count - 1, 0)
        let noteCount = notes.notes.count
        let flow = chapters.map { ReferenceScan($0.blocks, notes: notes) }
        let noteScans = notes.notes.map { ReferenceScan($0.content, notes: notes) }

        var chapterOfNote = [Int?](repeating: nil, count: noteCount + 1)
        var referencedInText = [Bool](repeating: false, count: noteCount + 1)
        for (chapter, scan) in flow.enumerated() {
            for number in scan.noteReferences where chapterOfNote[number] == nil {
                chapterOfNote[number] = chapter
                referencedInText[number] = true
            }
        }
        var changed = true
        while changed {
            changed = false
            for number in 1..<(noteCount + 1) {
                guard let chapter = chapterOfNote[number] else { continue }
                for inner in noteScans[number - 1].noteReferences where !referencedInText[inner] {
                    if chapterOfNote[inner].map({ chapter < $0 }) ?? true {
                        chapterOfNote[inner] = chapter
                        changed = true
                    }
                }
            }
        }
        var notesByChapter = [[Int]](repeating: [], count: max(chapters.count, 1))
        for number in 1..<(noteCount + 1) {
            let chapter = chapterOfNote[number] ?? lastChapter
            chapterOfNote[number] = chapter
            notesByChapter[chapter].append(number)
        }
        self.notesByChapter = notesByChapter

        for (chapter, scan) in flow.enumerated() {
            var referenced = scan.noteReferences
            for number in notesByChapter[chapter] {
                place(NotePlan.noteIdentifier(number), in: chapter)
                noteScans[number - 1].identifiers.forEach { place($0, in: chapter) }
                referenced.formUnion(noteScans[number - 1].noteReferences)
            }
            scan.identifiers.forEach { place($0, in: chapter) }
            referenced.forEach { place(NotePlan.referenceIdentifier($0), in: chapter) }
        }
    }

    /// Keeps the first chapter an id is placed in: the one the serializer writes it in.
    private mutating func place(_ identifier: String, in chapter: Int) {
        if chapterOfIdentifier[identifier] == nil { chapterOfIdentifier[identifier] = chapter }
    }

    /// `#id` within the same chapter, `chapter-003.xhtml#id` across chapters.
    func href(for identifier: String, from chapter: Int) -> String {
        guard let target = chapterOfIdentifier[identifier], target != chapter else { return "#" + identifier }
        return fileNames[target] + "#" + identifier
    }

    /// The file and fragment of an id, from outside the chapters (the navigation documents).
    func location(of identifier: String) -> String {
        fileNames[chapterOfIdentifier[identifier] ?? 0] + "#" + identifier
    }
}

/// The ids and note references in the text of some blocks, leaving out footnote definitions
/// (they are written with the notes, elsewhere).
private struct ReferenceScan {
    let identifiers: [String]
    let noteReferences: Set<Int>

    init(_ blocks: [Block], notes: NotePlan) {
        var identifiers: [String] = []
        var noteReferences = Set<Int>()
        TreeWalk.visit(
            blocks, skippingNotes: true,
            block: { block in
                switch block {
                case .heading(let heading): heading.id.map { identifiers.append($0) }
                case .container(let container): container.id.map { identifiers.append($0) }
                default: break
                }
            },
            inline: { inline in
                switch inline {
                case .span(let span): span.id.map { identifiers.append($0) }
                case .footnoteReference(let label): notes.number(forLabel: label).map { _ = noteReferences.insert($0) }
                default: break
                }
            })
        self.identifiers = identifiers
        self.noteReferences = noteReferences
    }
}
