/// The page's link targets and footnotes, found before the blocks are built so that each
/// element knows whether a link lands on it and whether it is a note or a reference to one.
///
/// Notes are the shapes sites and converters write:
/// - Wikipedia: `<sup class="reference"><a href="#cite_note-4">[4]</a></sup>` referring to an
///   item of `<ol class="references">`;
/// - pandoc and Markdown converters: `<a href="#fn1" role="doc-noteref"><sup>1</sup></a>` and
///   `<section class="footnotes">` (or `div.footnotes`, `role="doc-endnotes"`) holding a list;
/// - EPUB-style pages: `<aside id="n1">` (or `role="doc-footnote"`, `epub:type="footnote"`)
///   that a link points to.
///
/// Every item of a notes list is a note, referred to or not, so a references list keeps all its
/// entries; each keeps the mark the page showed (`4`, `a`) so nothing is renumbered.
struct HTMLNotes {
    struct Note: Equatable {
        var label: String
        var marker: String?
    }

    /// Ids that a `#fragment` link of the page points to (an `a name` counts as an id).
    private(set) var linkedIdentifiers: Set<String> = []
    /// The elements that are notes.
    private(set) var notes: [Int: Note] = [:]
    /// The elements (an `a`, or the `sup` around it) that refer to a note, with its label.
    private(set) var references: [Int: String] = [:]
    /// The first element of each id (an `a name` counts as one), for whatever a link or a
    /// control names.
    private(set) var elementByID: [String: Int] = [:]
    /// Ids of references, which the links back from a note ("^", "↩") point to.
    private(set) var referenceIdentifiers: Set<String> = []

    init(dom: HTMLDOM) {
        var fragmentLinks: [(node: Int, fragment: String)] = []
        var regions: [Int] = []
        var markedNotes: [Int] = []
        for node in 0..<dom.nodeCount {
            let tag = dom.tag(node)
            guard tag != .text, tag != .document else { continue }
            if let id = Self.identifier(of: node, in: dom), elementByID[id] == nil { elementByID[id] = node }
            if tag == .a, let href = dom.attribute("href", of: node)?.trimmingSpaces, href.hasPrefix("#"),
                href.count > 1
            {
                let fragment = percentDecoded(String(href.dropFirst()))
                fragmentLinks.append((node, fragment))
                linkedIdentifiers.insert(fragment)
            }
            if Self.isNotesRegion(node, in: dom) { regions.append(node) }
            if Self.isMarkedNote(node, in: dom) { markedNotes.append(node) }
        }

        // Links that point into another element: the targets a reference may have.
        var linkedElements = Set<Int>()
        for (link, fragment) in fragmentLinks {
            if let target = elementByID[fragment], !Self.isInside(link, target, dom) { linkedElements.insert(target) }
        }
        var noteNodes: [(node: Int, number: Int?)] = []
        var seen = Set<Int>()
        // Nodes an earlier region's walk went through: a region nested in another is part of
        // it, and walking it again would make nested regions cost quadratic time.
        var walked = Set<Int>()
        for region in regions where !walked.contains(region) {
            var regionNotes: [(node: Int, number: Int?)] = []
            defer {
                // A region none of whose entries a link points to is only a class name
                // (`ul.references` of related links): its lists stay lists.
                if regionNotes.contains(where: { linkedElements.contains($0.node) }) {
                    noteNodes += regionNotes
                    for entry in regionNotes { seen.insert(entry.node) }
                }
            }
            // The lists of the region (itself, or lists inside it), item by item.
            var lists: [Int] = []
            if [.ol, .ul].contains(dom.tag(region)) {
                lists = [region]
            } else {
                var node = dom.firstChild(region)
                while let current = node {
                    walked.insert(current)
                    let isList = [.ol, .ul].contains(dom.tag(current))
                    if isList { lists.append(current) }
                    // A list inside an item belongs to that note.
                    node = dom.next(after: current, within: region, skippingChildren: isList)
                }
            }
            for list in lists {
                var number = dom.attribute("start", of: list).flatMap { Int($0.trimmingSpaces) } ?? 1
                for item in dom.children(list) where dom.tag(item) == .li {
                    if !seen.contains(item) { regionNotes.append((item, dom.tag(list) == .ol ? number : nil)) }
                    number += 1
                }
            }
            // A region without lists: its children that links point to (`div.footnotes > p#fn1`).
            if lists.isEmpty {
                for child in dom.children(region) where dom.tag(child) != .text {
                    if let id = dom.id(of: child), linkedIdentifiers.contains(id), !seen.contains(child) {
                        regionNotes.append((child, nil))
                    }
                }
            }
        }
        for node in markedNotes where seen.insert(node).inserted {
            noteNodes.append((node, nil))
        }
        // An `aside` that a note mark points to is a note (the EPUB pattern without
        // `epub:type`); a "Comments" link to `aside#comments` is not a note mark.
        for (link, fragment) in fragmentLinks {
            guard let node = elementByID[fragment], dom.tag(node) == .aside, Self.marker(shownBy: link, in: dom) != nil,
                seen.insert(node).inserted
            else { continue }
            noteNodes.append((node, nil))
        }

        // Labels are the notes' ids, unique; the marker is what the first reference shows.
        var usedLabels = Set<String>()
        var labelByIdentifier: [String: String] = [:]
        for (index, entry) in noteNodes.enumerated() {
            var label = dom.id(of: entry.node) ?? "note-\(index + 1)"
            while !usedLabels.insert(label).inserted { label += "-\(index + 1)" }
            if let id = dom.id(of: entry.node) { labelByIdentifier[id] = label }
            notes[entry.node] = Note(label: label, marker: entry.number.map(String.init))
        }
        var markerChosen = Set<String>()
        for (link, fragment) in fragmentLinks {
            guard let label = labelByIdentifier[fragment], let target = elementByID[fragment] else { continue }
            // A link inside the note it points to is not a reference to it.
            if link == target || Self.isInside(link, target, dom) { continue }
            let reference = Self.referenceElement(around: link, in: dom)
            references[reference] = label
            for node in [reference, link] {
                if let id = dom.id(of: node) { referenceIdentifiers.insert(id) }
            }
            if markerChosen.insert(label).inserted, let marker = Self.marker(shownBy: link, in: dom) {
                notes[target]?.marker = marker
            }
        }
    }

    /// The id a `#fragment` link lands on: `id`, or an old-style `a name`.
    static func identifier(of node: Int, in dom: HTMLDOM) -> String? {
        if let id = dom.id(of: node) { return id }
        guard dom.tag(node) == .a, let name = dom.attribute("name", of: node)?.trimmingSpaces, !name.isEmpty else {
            return nil
        }
        return name
    }

    /// Whether a back-link inside a note should go: it points at a reference ("^", "↩").
    func isBackLink(_ node: Int, in dom: HTMLDOM) -> Bool {
        // Asked of every element: pages without notes, and elements without such a class, are
        // answered without splitting class lists.
        guard !notes.isEmpty else { return false }
        if dom.attribute("class", of: node, contains: "back"),
            dom.classes(of: node).contains(where: Self.backLinkClasses.contains)
        {
            return true
        }
        guard dom.tag(node) == .a else { return false }
        if dom.attribute("role", of: node)?.lowercased() == "doc-backlink" { return true }
        guard let href = dom.attribute("href", of: node)?.trimmingSpaces, href.hasPrefix("#") else { return false }
        return referenceIdentifiers.contains(percentDecoded(String(href.dropFirst())))
    }

    private static let backLinkClasses: Set<String> = ["mw-cite-backlink", "footnote-back", "footnote-backref"]
    private static let regionClasses: Set<String> = ["references", "footnotes", "endnotes", "footnote-list"]

    /// An element holding a page's notes: `ol.references`, `section.footnotes`,
    /// `role="doc-endnotes"`, `epub:type="footnotes"`...
    private static func isNotesRegion(_ node: Int, in dom: HTMLDOM) -> Bool {
        // Most elements have no such class: the substring test spares splitting every class list.
        if dom.attribute("class", of: node, contains: "notes")
            || dom.attribute("class", of: node, contains: "references")
            || dom.attribute("class", of: node, contains: "footnote-list"),
            dom.classes(of: node).contains(where: regionClasses.contains)
        {
            return true
        }
        if let role = dom.attribute("role", of: node)?.lowercased(), role == "doc-endnotes" || role == "doc-footnotes" {
            return true
        }
        // Few elements have the attribute, and `contains` on a `String` goes through Foundation.
        guard let type = dom.attribute("epub:type", of: node)?.lowercased() else { return false }
        return type.contains("footnotes") || type.contains("endnotes") || type.contains("rearnotes")
    }

    /// An element that says it is a note: `role="doc-footnote"`, `epub:type="footnote"`...
    private static func isMarkedNote(_ node: Int, in dom: HTMLDOM) -> Bool {
        guard dom.id(of: node) != nil else { return false }
        if let role = dom.attribute("role", of: node)?.lowercased(), role == "doc-footnote" || role == "doc-endnote" {
            return true
        }
        let types = (dom.attribute("epub:type", of: node)?.lowercased() ?? "").split(separator: " ")
        return types.contains("footnote") || types.contains("endnote") || types.contains("rearnote")
    }

    /// The `sup` around a reference link when it holds nothing else, so the reference is not
    /// written as a superscript twice; otherwise the link itself.
    private static func referenceElement(around link: Int, in dom: HTMLDOM) -> Int {
        guard let parent = dom.parent(link), dom.tag(parent) == .sup else { return link }
        let others = dom.children(parent).filter { child in
            child != link && !(dom.tag(child) == .text && dom.text(child).allSatisfy(\.isWhitespace))
        }
        return others.isEmpty ? parent : link
    }

    /// The mark a reference shows, without brackets (`[4]` → `4`), when it is short enough to be one.
    private static func marker(shownBy link: Int, in dom: HTMLDOM) -> String? {
        let text = HTMLWhitespace.normalized(dom.textContent(of: link))
            .trimmingCharacters(in: "[]() ")
        return text.isEmpty || text.count > 12 || text.contains(where: \.isLetter) && text.count > 3 ? nil : text
    }

    /// Whether `node` lies inside `ancestor`. A node more than `deepestReference` levels below
    /// counts as inside, so that a page of links nested thousands deep costs linear time; no
    /// real reference is that deep.
    private static func isInside(_ node: Int, _ ancestor: Int, _ dom: HTMLDOM) -> Bool {
        var current = dom.parent(node)
        var levels = 0
        while let candidate = current {
            if candidate == ancestor || levels >= deepestReference { return true }
            levels += 1
            current = dom.parent(candidate)
        }
        return false
    }

    private static let deepestReference = 256
}

extension String {
    /// The string without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
