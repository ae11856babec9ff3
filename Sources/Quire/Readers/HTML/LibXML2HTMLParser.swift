import CLibXML2
import CLibXML2Loader

/// libxml2 could not be loaded (see CLibXML2Loader).
struct LibXML2Unavailable: Error {
    var reason: String
}

/// libxml2's HTML parser, wrapped: UTF-8 bytes in, an `HTMLDOM` out. The only file that sees a
/// libxml2 pointer.
///
/// libxml2 recovers from broken markup like a browser, mostly; where its HTML 4 rules differ
/// from HTML5 in ways that change the content's structure, the copy into `HTMLDOM` repairs the
/// tree (see `HTMLTag.isVoidUnknownToLibXML2` and `HTMLTag.closes(_:)`).
enum LibXML2HTMLParser {
    /// Recover from errors, print nothing, never fetch anything, take the bytes as UTF-8
    /// (`HTMLCharset` already decoded them, so a `<meta charset>` must not switch again), and
    /// lift the 256-level depth limit, past which libxml2 otherwise drops the rest of the page.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// The page's nodes, or `nil` when libxml2 produced no document at all.
    static func parse(utf8 bytes: [UInt8]) throws(LibXML2Unavailable) -> HTMLDOM? {
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return nil }
        var failure: UnsafePointer<CChar>?
        let document = bytes.withUnsafeBytes { buffer in
            quire_html_read(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), options, &failure)
        }
        if let failure { throw LibXML2Unavailable(reason: String(cString: failure)) }
        guard let document else { return nil }
        defer { quire_html_free(document) }
        return copy(document.assumingMemoryBound(to: xmlDoc.self))
    }

    /// Copies libxml2's tree into an `HTMLDOM`, iteratively, whatever its depth.
    private static func copy(_ document: htmlDocPtr) -> HTMLDOM {
        var dom = HTMLDOM()
        // Each entry: the next libxml2 sibling to copy and the DOM node it goes under.
        var pending: [(node: xmlNodePtr?, parent: Int)] = [(document.pointee.children, HTMLDOM.document)]
        while let last = pending.indices.last {
            guard let node = pending[last].node else {
                pending.removeLast()
                continue
            }
            pending[last].node = node.pointee.next
            var parent = pending[last].parent

            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard let rawName = node.pointee.name else { continue }
                let name = String(cString: rawName)
                let tag = HTMLTag(name: name)
                if tag.closes(dom.tag(parent)), let grandparent = dom.parent(parent) {
                    // HTML5 ends the parent here; this element and the rest of the parent's
                    // content, which libxml2 left inside it, follow it instead.
                    parent = grandparent
                    pending[last].parent = grandparent
                }
                let attributes = attributes(of: node)
                let element = dom.appendElement(tag, attributes: attributes, parent: parent)
                if tag == .other, dom.isMath(parent) { dom.setMathElementName(name, of: element) }
                if tag.isVoidUnknownToLibXML2 {
                    // These children are really the element's following siblings.
                    pending.append((node.pointee.children, parent))
                } else if tag == .script {
                    // Only JSON-LD and TeX (MathJax's `math/tex`) are read from scripts; other
                    // script text is never copied.
                    let type = attributes.first { $0.name == "type" }?.value.lowercased() ?? ""
                    if type.contains("ld+json") || type.trimmingSpaces.hasPrefix("math/tex") { pending.append((node.pointee.children, element)) }
                } else if tag == .select {
                    copyShownOption(of: node, into: &dom, under: element)
                } else if !tag.hasNoContent {
                    pending.append((node.pointee.children, element))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    dom.appendText(String(cString: content), parent: parent)
                }
            default:
                // Comments, processing instructions, the doctype: never content.
                break
            }
        }
        return dom
    }

    /// Only the option a closed drop-down shows is copied: the one marked `selected`, else the
    /// first with text. The rest (lists of countries or dates, hundreds long) are never read,
    /// and copying them cost the reader time on every page that has one.
    private static func copyShownOption(of select: xmlNodePtr, into dom: inout HTMLDOM, under parent: Int) {
        var shown: String?
        var groups: [xmlNodePtr?] = [select.pointee.children]
        search: while let group = groups.popLast() {
            var child = group
            while let current = child {
                child = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name else { continue }
                if isName(name, "optgroup") {
                    groups.append(child)
                    groups.append(current.pointee.children)
                    continue search
                }
                guard isName(name, "option") else { continue }
                var text = ""
                var part = current.pointee.children
                while let piece = part {
                    if piece.pointee.type == XML_TEXT_NODE, let content = piece.pointee.content { text += String(cString: content) }
                    part = piece.pointee.next
                }
                if hasAttribute("selected", current) {
                    shown = text
                    break search
                }
                if shown == nil, text.contains(where: { !$0.isWhitespace }) { shown = text }
            }
        }
        guard let shown else { return }
        let option = dom.appendElement(.option, attributes: [HTMLDOM.Attribute(name: "selected", value: "")], parent: parent)
        dom.appendText(shown, parent: option)
    }

    /// Whether libxml2's name is `expected`, compared byte for byte without making a string.
    private static func isName(_ raw: UnsafePointer<xmlChar>, _ expected: String) -> Bool {
        var index = 0
        for byte in expected.utf8 {
            guard raw[index] == byte else { return false }
            index += 1
        }
        return raw[index] == 0
    }

    private static func hasAttribute(_ name: String, _ node: xmlNodePtr) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, isName(attributeName, name) { return true }
            attribute = current.pointee.next
        }
        return false
    }

    private static func attributes(of node: xmlNodePtr) -> [HTMLDOM.Attribute] {
        var result: [HTMLDOM.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append(HTMLDOM.Attribute(name: String(cString: name), value: value))
        }
        return result
    }
}
