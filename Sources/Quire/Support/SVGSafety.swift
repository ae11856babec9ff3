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
/// backslash escapes in CSS; animations of `href`, `src`, `style` or event attributes;
/// processing instructions other than the XML declaration (`<?xml-stylesheet?>` loads a file);
/// a DOCTYPE with an internal subset (entities can spell out any of the above); entity
/// references other than XML's five; and markup too broken to read (an unclosed comment, tag or
/// quoted value).
public enum SVGSafety {
    /// What makes `bytes` unfit to embed, in words for a warning ("a <script> element"), or
    /// `nil` when the SVG has none of it. One pass over the bytes, allocating only for the rare
    /// value with a character reference and for `<style>` text.
    public static func problem(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            return scanner.run()
        }
    }

    private static let forbiddenElements = [
        "script", "foreignobject", "handler", "listener", "iframe", "embed", "object",
    ].map { Array($0.utf8) }

    /// CSS functions that load an image or a page: refused wherever they appear.
    private static let loadingFunctions = [
        "image", "image-set", "cross-fade", "element", "expression",
    ].map { Array($0.utf8) }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private struct Scanner {
        let bytes: Bytes
        var index = 0
        /// How many `style` elements are open, and the text they hold so far.
        var styleDepth = 0
        var styleText: [UInt8] = []

        init(bytes: Bytes) { self.bytes = bytes }

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
                guard target.elementsEqual("xml".utf8) else {
                    return "a processing instruction (<?\(String(decoding: target.prefix(40), as: UTF8.self))?>)"
                }
                index = end + 2
            } else if starts(with: "</") {
                index += 2
                let name = readName()
                guard let end = find(">", from: index) else { return "an unclosed tag" }
                index = end + 1
                if equalsIgnoringCase(localName(name), "style"), styleDepth > 0 {
                    styleDepth -= 1
                    if styleDepth == 0 {
                        let problem = styleText.withUnsafeBufferPointer { cssProblem($0[...]) }
                        if let problem { return problem }
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
            if SVGSafety.forbiddenElements.contains(where: { equalsIgnoringCase(element, $0) }) {
                return "a <\(String(decoding: name, as: UTF8.self))> element"
            }
            while true {
                skipSpaces()
                guard index < bytes.count else { return "an unclosed tag" }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    if equalsIgnoringCase(element, "style") { styleDepth += 1 }
                    return nil
                }
                if starts(with: "/>") {
                    index += 2
                    return nil
                }
                let attribute = readName()
                guard !attribute.isEmpty else { return "a malformed tag" }
                skipSpaces()
                var value = bytes[index..<index]
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    skipSpaces()
                    guard index < bytes.count else { return "an unclosed tag" }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let end = find(quote, from: index + 1) else { return "an unclosed attribute value" }
                        value = bytes[(index + 1)..<end]
                        index = end + 1
                    } else {
                        let start = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        value = bytes[start..<index]
                    }
                }
                let problem: String?
                if value.contains(UInt8(ascii: "&")) {
                    guard let text = decoded(value) else { return "an entity reference" }
                    problem = text.withUnsafeBufferPointer { attributeProblem(name: attribute, value: $0[...]) }
                } else {
                    problem = attributeProblem(name: attribute, value: value)
                }
                if let problem { return problem }
            }
        }

        private mutating func readName() -> Slice<Bytes> {
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
            return bytes[start..<index]
        }

        private mutating func skipSpaces() {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        }

        private func starts(with text: StaticString) -> Bool {
            let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            return bytes[index...].starts(with: pattern)
        }

        private func find(_ byte: UInt8, from start: Int) -> Int? {
            var position = start
            while position < bytes.count {
                if bytes[position] == byte { return position }
                position += 1
            }
            return nil
        }

        private func find(_ text: StaticString, from start: Int) -> Int? {
            let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            var position = start
            while let next = find(pattern[0], from: position) {
                if bytes[next...].starts(with: pattern) { return next }
                position = next + 1
            }
            return nil
        }
    }

    private static func attributeProblem(name: Slice<Bytes>, value: Slice<Bytes>) -> String? {
        let local = localName(name)
        if isEventName(local) {
            return "an event attribute (\(String(decoding: name, as: UTF8.self)))"
        }
        if equalsIgnoringCase(local, "href") || equalsIgnoringCase(local, "src") {
            let target = String(decoding: trimmed(value), as: UTF8.self)
            if !target.hasPrefix("#"), !UnsafeURLRemoval.isRasterImageDataURL(target) {
                return "a reference to '\(target.count > 60 ? String(target.prefix(57)) + "..." : target)'"
            }
        }
        if equalsIgnoringCase(local, "attributename") {
            let animated = localName(trimmed(value))
            if isEventName(animated) || equalsIgnoringCase(animated, "href") || equalsIgnoringCase(animated, "src")
                || equalsIgnoringCase(animated, "style")
            {
                return "an animation of its \(String(decoding: animated, as: UTF8.self).lowercased()) attribute"
            }
        }
        return cssProblem(value)
    }

    /// What in CSS (a `style` attribute or element, or a presentation attribute such as `fill`)
    /// could load something, or `nil`. One pass: only `\`, `@` and the name before each `(`
    /// matter.
    private static func cssProblem(_ css: Slice<Bytes>) -> String? {
        var position = css.startIndex
        while position < css.endIndex {
            switch css[position] {
            case UInt8(ascii: "\\"):
                return "an escape in CSS"
            case UInt8(ascii: "@") where css[position...].count >= 7
                && equalsIgnoringCase(css[position..<(position + 7)], "@import"):
                return "CSS @import"
            case UInt8(ascii: "("):
                var start = position
                while start > css.startIndex, isNameByte(css[start - 1]) { start -= 1 }
                let function = css[start..<position]
                if equalsIgnoringCase(function, "url") {
                    var target = position + 1
                    while target < css.endIndex, isSpace(css[target]) || css[target] == UInt8(ascii: "\"")
                        || css[target] == UInt8(ascii: "'")
                    {
                        target += 1
                    }
                    guard target < css.endIndex, css[target] == UInt8(ascii: "#") else {
                        let shown = css[start...].prefix { $0 != UInt8(ascii: ")") }.prefix(60)
                        return "a reference to '\(String(decoding: shown, as: UTF8.self)))'"
                    }
                } else if let loading = loadingFunctions.first(where: { hasSuffixIgnoringCase(function, $0) }) {
                    return "CSS \(String(decoding: loading, as: UTF8.self))()"
                }
            default:
                break
            }
            position += 1
        }
        return nil
    }

    /// `on...`, as every event handler attribute is named (`onload`, `onclick`, `onbegin`).
    private static func isEventName(_ name: Slice<Bytes>) -> Bool {
        name.count >= 2 && lowered(name[name.startIndex]) == UInt8(ascii: "o")
            && lowered(name[name.startIndex + 1]) == UInt8(ascii: "n")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// Without XML white space at either end.
    private static func trimmed(_ bytes: Slice<Bytes>) -> Slice<Bytes> {
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return bytes[start..<max(start, end)]
    }

    private static func hasSuffixIgnoringCase(_ bytes: Slice<Bytes>, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && equalsIgnoringCase(bytes.suffix(suffix.count), suffix)
    }
}

/// Character data with XML's references replaced: the five predefined entities and numeric
/// references. `nil` for any other entity (only a DTD could define it) or a stray `&`.
private func decoded(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
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

private func lowered(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
}

/// The part of a name after any namespace prefix.
private func localName(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
    guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
    return name[(colon + 1)...]
}

/// Whether `bytes` spell `lowercase` (ASCII, lower case) in any letter case.
private func equalsIgnoringCase<C: Collection<UInt8>>(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ lowercase: C) -> Bool {
    bytes.count == lowercase.count && zip(bytes, lowercase).allSatisfy { lowered($0) == $1 }
}

private func equalsIgnoringCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ lowercase: StaticString) -> Bool {
    equalsIgnoringCase(bytes, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount))
}
