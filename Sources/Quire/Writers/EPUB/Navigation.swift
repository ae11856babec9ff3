import QuireDocument

/// The book's table of contents, as a tree built from the headings' levels, and the two files
/// that show it: the EPUB 3 navigation document and the EPUB 2 `toc.ncx` older readers use.
struct TableOfContents {
    struct Entry {
        var title: String
        var href: String
        var children: [Entry] = []
    }

    private(set) var entries: [Entry] = []

    /// Entries for the given (level, title, href) in reading order; a heading goes under the
    /// nearest earlier heading of a lower level, so a jump from level 1 to 3 nests one step.
    init(_ headings: [(level: Int, title: String, href: String)]) {
        // Levels are 1 to 6, so neither the stack nor the tree is ever deeper than six.
        var stack: [(level: Int, entry: Entry)] = []
        func closeTop() {
            let top = stack.removeLast().entry
            if stack.isEmpty { entries.append(top) } else { stack[stack.count - 1].entry.children.append(top) }
        }
        for heading in headings {
            while let last = stack.last, last.level >= heading.level { closeTop() }
            stack.append((heading.level, Entry(title: heading.title, href: heading.href)))
        }
        while !stack.isEmpty { closeTop() }
    }

    var depth: Int {
        func depth(_ entries: [Entry]) -> Int { entries.map { 1 + depth($0.children) }.max() ?? 0 }
        return depth(entries)
    }

    /// `nav.xhtml`: the table of contents and the landmarks (cover, title page, start of text).
    func navigationDocument(title: String, language: String, landmarks: [(type: String, title: String, href: String)])
        -> String
    {
        var body = "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>\(MarkupText.escaped(title))</h1>\n"
        body += list(entries)
        body += "</nav>\n"
        body += "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n"
        for landmark in landmarks {
            body += "<li><a epub:type=\"\(landmark.type)\" href=\"\(MarkupText.escapedAttribute(landmark.href))\">"
            body += MarkupText.escaped(landmark.title) + "</a></li>\n"
        }
        body += "</ol>\n</nav>\n"
        return HTMLWriter.xhtmlDocument(title: title, language: language, body: body)
    }

    private func list(_ entries: [Entry]) -> String {
        var text = "<ol>\n"
        for entry in entries {
            text += "<li><a href=\"\(MarkupText.escapedAttribute(entry.href))\">\(MarkupText.escaped(entry.title))</a>"
            text += entry.children.isEmpty ? "</li>\n" : "\n" + list(entry.children) + "</li>\n"
        }
        return text + "</ol>\n"
    }

    /// `toc.ncx`, whose `dtb:uid` must repeat the package's identifier.
    func ncx(identifier: String, title: String, language: String) -> String {
        var playOrder = 0
        func points(_ entries: [Entry], indent: String) -> String {
            var text = ""
            for entry in entries {
                playOrder += 1
                text += "\(indent)<navPoint id=\"navpoint-\(playOrder)\" playOrder=\"\(playOrder)\">\n"
                text += "\(indent)  <navLabel><text>\(MarkupText.escaped(entry.title))</text></navLabel>\n"
                text += "\(indent)  <content src=\"\(MarkupText.escapedAttribute(entry.href))\"/>\n"
                text += points(entry.children, indent: indent + "  ")
                text += "\(indent)</navPoint>\n"
            }
            return text
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(MarkupText.escapedAttribute(language))">
            <head>
              <meta name="dtb:uid" content="\(MarkupText.escapedAttribute(identifier))"/>
              <meta name="dtb:depth" content="\(max(depth, 1))"/>
              <meta name="dtb:totalPageCount" content="0"/>
              <meta name="dtb:maxPageNumber" content="0"/>
            </head>
            <docTitle><text>\(MarkupText.escaped(title))</text></docTitle>
            <navMap>
            \(points(entries, indent: "  "))</navMap>
            </ncx>

            """
    }
}
