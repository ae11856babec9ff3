import QuireDocument

/// Documentation generators (Sphinx, MkDocs, GitHub's Markdown) cut an article into boxes whose
/// ids spell their headings, so that each section can be linked to: `div#comments-and-docstrings`
/// opens with the heading "Comments and docstrings". Such an id is a title, not a name for what
/// the box is: a section about sharing changes is not a share bar.
///
/// An id is read as a title only when it spells the heading the box opens with and a sibling
/// box of the same element and classes does the same: one box whose id repeats its heading
/// ("Related articles" in `div#related-articles`) is still judged by its name.
enum TitledSections {
    /// The places, among `blocks`, of the boxes whose ids are their headings' titles.
    static func places(in blocks: [Block]) -> Set<Int> {
        var titled: [(index: Int, element: String?, classes: [String])] = []
        for (index, block) in blocks.enumerated() {
            guard case .container(let container) = block, let id = container.id, isTitle(id, of: container.content)
            else { continue }
            titled.append((index, container.element, container.classes))
        }
        guard titled.count >= 2 else { return [] }
        var places: Set<Int> = []
        for section in titled
        where titled.contains(where: { $0.index != section.index && $0.element == section.element && $0.classes == section.classes }) {
            places.insert(section.index)
        }
        return places
    }

    /// Whether `id` spells the heading among the first blocks of `content`: the same words, or
    /// the heading's words with short ones left out, as slug makers often do.
    static func isTitle(_ id: String, of content: [Block]) -> Bool {
        let idWords = ClassHints.words(of: id)
        guard !idWords.isEmpty else { return false }
        for block in content.prefix(2) {
            guard case .heading(let heading) = block else { continue }
            let headingWords = ClassHints.words(of: heading.content.visibleText)
            if headingWords == idWords { return true }
            let longWords = idWords.filter { $0.count > 2 }
            return !longWords.isEmpty && headingWords.filter { $0.count > 2 } == longWords
        }
        return false
    }
}
