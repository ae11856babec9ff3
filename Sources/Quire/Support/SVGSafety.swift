/// Decides whether an SVG image may go into a book as it is.
///
/// SVG is a document format: a reading system that opens it may run its scripts and load what
/// it refers to. quire does not rewrite SVG; an image with anything of the kind is refused
/// (its text alternative is used instead). The check reads the XML itself, character references
/// included, and errs on the side of refusing: what it cannot tell apart from a script or a
/// reference is refused too.
///
/// Refused: `script`, `foreignObject`, `handler`, `listener`, `iframe`, `embed` and `object`
/// elements (in any namespace); attributes whose name starts with `on` (event handlers);
/// `href`, `xlink:href` and `src` values other than a same-image `#fragment` or a `data:` URL of
/// a raster image; `url(...)` other than `url(#fragment)` in any attribute or `<style>`;
/// `@import`, `image()`, `image-set()`, `cross-fade()`, `element()`, `expression()` and
/// backslash escapes in CSS; animations of `href` or event attributes; processing instructions
/// other than the XML declaration (`<?xml-stylesheet?>` loads a file); a DOCTYPE with an internal
/// subset (entities can spell out any of the above); entity references other than XML's five;
/// and markup too broken to read (an unclosed comment, tag or quoted value).
public enum SVGSafety {
    /// What makes `bytes` unfit to embed, in words for a warning ("a <script> element"), or
    /// `nil` when the SVG has none of it. Linear in the size of the image.
    public static func problem(in bytes: [UInt8]) -> String? {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private static let forbiddenElements: Set<String> = [
        "script", "foreignobject", "handler", "listener", "iframe", "embed", "object",
    ]

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// How many `style` elements are open, and the text they hold so far.
        var styleDepth = 0
        var styleText: [UInt8] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> String? {
            var textStart = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else {
                    index += 1
                    continue
                }
                if styleDepth > 0, textStart < index {
                    guard let text = decoded(bytes[textStart..<index]) else { return "an entity reference" }
                    styleText += text
                }
                if let problem = markup() { return problem }
                textStart = index
            }
            if styleDepth > 0 { return "an unclosed <style> element" }
            return nil
        }

        /// Reads the markup at `index` (a `<`), leaving `index` after it.
        private mutating func markup() -> String? {
            if starts(with: "<!--") {
                guard let end = find("-->", from: index + 4) else { return "an unclosed comment" }
                index = end + 3
            } else if starts(with: "<![CDATA[") {
                guard let end = find("]]>", from: index + 9) else { return "an unclosed CDATA section" }
                if styleDepth > 0 { styleText += bytes[(index + 9)..<end] }
                index = end + 3
            } else if starts(with: "<!") {
                return doctype()
            } else if starts(with: "<?") {
                guard let end = find("?>", from: index + 2) else { return "an unclosed processing instruction" }
                let target = bytes[(index + 2)..<end].prefix { !isSpace($0) }
                guard String(decoding: target, as: UTF8.self) == "xml" else {
                    return "a processing instruction (<?\(String(decoding: target.prefix(40), as: UTF8.self))?>)"
                }
                index = end + 2
            } else if starts(with: "</") {
                index += 2
                let name = readName()
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return "an unclosed tag" }
                index = end + 1
                if localName(name) == "style", styleDepth > 0 {
                    styleDepth -= 1
                    if styleDepth == 0 {
                        if let problem = SVGSafety.cssProblem(styleText) { return problem }
                        styleText = []
                    }
                }
            } else {
                return startTag()
            }
            return nil
        }

        private mutating func doctype() -> String? {
            guard starts(with: "<!DOCTYPE") else { return "a declaration other than a DOCTYPE" }
            var quote: UInt8?
            var position = index + 9
            while position < bytes.count {
                let byte = bytes[position]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") {
                    return "a DOCTYPE with entity declarations"
                } else if byte == UInt8(ascii: ">") {
                    index = position + 1
                    return nil
                }
                position += 1
            }
            return "an unclosed DOCTYPE"
        }

        private mutating func startTag() -> String? {
            index += 1
            let name = readName()
            // A `<` that starts no tag: not XML, but nothing a reader would run either.
            guard !name.isEmpty else { return nil }
            let element = localName(name)
            if SVGSafety.forbiddenElements.contains(element) { return "a <\(name)> element" }
            while true {
                skipSpaces()
                guard index < bytes.count else { return "an unclosed tag" }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    if element == "style" { styleDepth += 1 }
                    return nil
                }
                if starts(with: "/>") {
                    index += 2
                    return nil
                }
                let attribute = readName()
                guard !attribute.isEmpty else { return "a malformed tag" }
                skipSpaces()
                var value: [UInt8] = []
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    skipSpaces()
                    guard index < bytes.count else { return "an unclosed tag" }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return "an unclosed attribute value" }
                        guard let text = decoded(bytes[(index + 1)..<end]) else { return "an entity reference" }
                        value = text
                        index = end + 1
                    } else {
                        let start = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        guard let text = decoded(bytes[start..<index]) else { return "an entity reference" }
                        value = text
                    }
                }
                if let problem = SVGSafety.attributeProblem(name: attribute, value: value) { return problem }
            }
        }

        private mutating func readName() -> String {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                    || byte == UInt8(ascii: "<")
                {
                    break
                }
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        private mutating func skipSpaces() {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        }

        private func starts(with text: String) -> Bool {
            bytes[index...].starts(with: text.utf8)
        }

        private func find(_ text: String, from start: Int) -> Int? {
            let pattern = Array(text.utf8)
            var position = start
            while position + pattern.count <= bytes.count {
                guard let next = bytes[position...].firstIndex(of: pattern[0]) else { return nil }
                if bytes[next...].starts(with: pattern) { return next }
                position = next + 1
            }
            return nil
        }
    }

    private static func attributeProblem(name: String, value: [UInt8]) -> String? {
        let local = localName(name)
        if local.hasPrefix("on") { return "an event attribute (\(name))" }
        if local == "href" || local == "src" {
            let target = trimmed(value)
            if !target.hasPrefix("#"), !UnsafeURLRemoval.isRasterImageDataURL(target) {
                return "a reference to '\(abbreviated(target))'"
            }
        }
        if local == "attributename" {
            let animated = localName(trimmed(value))
            if animated.contains("href") || animated.hasPrefix("on") || animated == "src" || animated == "style" {
                return "an animation of its \(animated) attribute"
            }
        }
        return cssProblem(value)
    }

    /// What in CSS (a `style` attribute or element, or a presentation attribute such as `fill`)
    /// could load something, or `nil`.
    private static func cssProblem(_ css: [UInt8]) -> String? {
        let lowered = css.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if lowered.contains(UInt8(ascii: "\\")) { return "an escape in CSS" }
        for function in ["@import", "image(", "image-set(", "cross-fade(", "element(", "expression("]
        where contains(lowered, function) {
            return "CSS \(function)"
        }
        var position = 0
        let pattern = Array("url(".utf8)
        while position + pattern.count <= lowered.count {
            guard lowered[position...].starts(with: pattern) else {
                position += 1
                continue
            }
            var target = position + pattern.count
            while target < lowered.count, isSpace(lowered[target]) || lowered[target] == UInt8(ascii: "\"")
                || lowered[target] == UInt8(ascii: "'")
            {
                target += 1
            }
            guard target < lowered.count, lowered[target] == UInt8(ascii: "#") else {
                let shown = String(decoding: css[position...].prefix { $0 != UInt8(ascii: ")") }.prefix(60), as: UTF8.self)
                return "a reference to '\(shown))'"
            }
            position = target
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard pattern.count <= bytes.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start...].starts(with: pattern) { return true }
        }
        return false
    }

    private static func abbreviated(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "..." : text
    }

    /// Without XML white space at either end.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// Character data with XML's references replaced: the five predefined entities and numeric
/// references. `nil` for any other entity (only a DTD could define it) or a stray `&`.
private func decoded(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    guard text.contains(UInt8(ascii: "&")) else { return Array(text) }
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var index = text.startIndex
    while index < text.endIndex {
        let byte = text[index]
        guard byte == UInt8(ascii: "&") else {
            output.append(byte)
            index += 1
            continue
        }
        guard let end = text[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: text[(index + 1)..<end], as: UTF8.self)
        switch name {
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "amp": output.append(UInt8(ascii: "&"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default:
            let value: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                value = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst(), radix: 10)
            } else {
                value = nil
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            output += Array(String(Character(scalar)).utf8)
        }
        index = end + 1
    }
    return output
}

/// XML's white space.
private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// The part after any namespace prefix, lower-cased.
private func localName(_ name: String) -> String {
    (name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name).lowercased()
}
