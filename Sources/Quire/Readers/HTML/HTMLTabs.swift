/// Content a page shows one part at a time: tabbed panels ("npm | yarn | pnpm", "TOML |
/// Command line") and disclosures (an FAQ's answers under their questions). A browser hides the
/// parts not chosen (`hidden`, `aria-hidden`) or draws the tab labels side by side; read as they
/// stand, the hidden parts were lost and the labels ran together ("TOMLCommand line"). A book
/// has no tabs to click, so every panel is read, with its tab's label written above it.
///
/// The shapes, found before the blocks are built:
/// - ARIA tabs: `role="tab"` elements in a `role="tablist"`, each naming its panel with
///   `aria-controls`, or named by the `role="tabpanel"`'s `aria-labelledby`;
/// - Bootstrap's tabs without roles: links with `data-toggle="tab"` (or `data-bs-toggle`,
///   `pill`) whose `href` is the panel's `#id`;
/// - MkDocs Material (`pymdownx.tabbed`): a `.tabbed-set` whose `.tabbed-labels` holds the
///   labels and whose `.tabbed-content` holds the `.tabbed-block`s, in the same order;
/// - disclosures: a button or link with `aria-expanded` whose `aria-controls` names the hidden
///   part.
struct HTMLTabs {
    /// Each panel whose tab is known, with that tab's text: written above the panel.
    private(set) var labels: [Int: String] = [:]
    /// Tab lists all of whose tabs label a panel: left out, their labels going with the panels.
    private(set) var tabLists: Set<Int> = []
    /// Elements hidden until a control shows them: read as if shown.
    private(set) var revealable: Set<Int> = []
    /// Disclosure controls (an accordion's buttons): their text is the heading of what they
    /// show, so a button among them is read rather than left out like other buttons.
    private(set) var disclosureControls: Set<Int> = []

    /// `elementByID`: the page's elements by id (`HTMLNotes` gathers them).
    init(dom: HTMLDOM, elementByID: [String: Int]) {
        var tabs: [Int] = []
        var panels: [Int] = []
        var lists: [Int] = []
        var controllers: [Int] = []
        var tabbedSets: [Int] = []
        for node in 0..<dom.nodeCount where dom.tag(node) != .text && dom.tag(node) != .document {
            guard !dom.attributes(of: node).isEmpty else { continue }
            switch dom.attribute("role", of: node)?.lowercased() {
            case "tab"?: tabs.append(node)
            case "tabpanel"?: panels.append(node)
            case "tablist"?: lists.append(node)
            default:
                guard Self.togglesATab(node, in: dom) else { break }
                tabs.append(node)
                // Bootstrap's list of tab links has no role of its own.
                if let list = dom.ancestor(of: node, in: [.ul, .ol]) { lists.append(list) }
            }
            if dom.hasAttribute("aria-expanded", node), dom.hasAttribute("aria-controls", node) { controllers.append(node) }
            if dom.attribute("class", of: node, contains: "tabbed-set"), dom.classes(of: node).contains("tabbed-set") {
                tabbedSets.append(node)
            }
        }

        guard !(tabs.isEmpty && panels.isEmpty && controllers.isEmpty && tabbedSets.isEmpty) else { return }
        let isTab = Set(tabs)
        var usedTabs = Set<Int>()
        for tab in tabs {
            for panel in Self.controlledIDs(of: tab, in: dom).compactMap({ elementByID[$0] }) where labels[panel] == nil {
                if let text = Self.label(tab, in: dom) {
                    labels[panel] = text
                    usedTabs.insert(tab)
                }
                revealable.insert(panel)
            }
        }
        for panel in panels {
            revealable.insert(panel)
            guard labels[panel] == nil, let ids = dom.attribute("aria-labelledby", of: panel) else { continue }
            let tab = ids.split(separator: " ").lazy.compactMap { elementByID[String($0)] }.first(where: isTab.contains)
            if let tab, let text = Self.label(tab, in: dom) {
                labels[panel] = text
                usedTabs.insert(tab)
            }
        }
        // Each tab belongs to its nearest list, found for every node in one pass (parents come
        // before their children), so deep or nested lists cost linear time.
        let isList = Set(lists)
        var nearestList = [Int?](repeating: nil, count: isList.isEmpty ? 0 : dom.nodeCount)
        for node in nearestList.indices {
            guard let parent = dom.parent(node) else { continue }
            nearestList[node] = isList.contains(parent) ? parent : nearestList[parent]
        }
        var listHasUnusedTab = Set<Int>()
        var listHasTab = Set<Int>()
        for tab in tabs where !nearestList.isEmpty {
            guard let list = nearestList[tab] else { continue }
            listHasTab.insert(list)
            if !usedTabs.contains(tab) { listHasUnusedTab.insert(list) }
        }
        tabLists.formUnion(listHasTab.subtracting(listHasUnusedTab))
        for set in tabbedSets { pairMkDocsTabs(in: set, dom: dom) }
        for controller in controllers where !isTab.contains(controller) {
            for id in Self.controlledIDs(of: controller, in: dom) {
                guard let target = elementByID[id] else { continue }
                revealable.insert(target)
                disclosureControls.insert(controller)
            }
        }
    }

    /// `.tabbed-labels` and `.tabbed-content` among the set's children: the n-th label names the
    /// n-th block.
    private mutating func pairMkDocsTabs(in set: Int, dom: HTMLDOM) {
        let children = dom.children(set)
        guard let labelBox = children.first(where: { dom.classes(of: $0).contains("tabbed-labels") }),
            let contentBox = children.first(where: { dom.classes(of: $0).contains("tabbed-content") })
        else { return }
        let tabLabels = dom.children(labelBox).filter { dom.tag($0) == .label }
        let blocks = dom.children(contentBox).filter { dom.classes(of: $0).contains("tabbed-block") }
        guard !blocks.isEmpty, tabLabels.count == blocks.count else { return }
        let texts = tabLabels.map { Self.label($0, in: dom) }
        guard texts.allSatisfy({ $0 != nil }) else { return }
        for (block, text) in zip(blocks, texts) {
            labels[block] = text
            revealable.insert(block)
        }
        tabLists.insert(labelBox)
    }

    /// The ids a control names: `aria-controls`, or a tab link's `#fragment`.
    private static func controlledIDs(of node: Int, in dom: HTMLDOM) -> [String] {
        if let ids = dom.attribute("aria-controls", of: node) {
            return ids.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        }
        if let href = dom.attribute("href", of: node)?.trimmingSpaces, href.hasPrefix("#"), href.count > 1 {
            return [String(href.dropFirst())]
        }
        return []
    }

    /// Bootstrap's tab links: `data-toggle="tab"` or `"pill"` (`data-bs-toggle` from version 5).
    private static func togglesATab(_ node: Int, in dom: HTMLDOM) -> Bool {
        for name in ["data-toggle", "data-bs-toggle"] {
            if let value = dom.attribute(name, of: node)?.lowercased(), value == "tab" || value == "pill" { return true }
        }
        return false
    }

    /// The text a tab shows, white space collapsed; `nil` when it shows none.
    private static func label(_ tab: Int, in dom: HTMLDOM) -> String? {
        let text = HTMLWhitespace.normalized(dom.textContent(of: tab))
        return text.isEmpty ? nil : text
    }
}
