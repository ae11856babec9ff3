/// Escaping and naming rules shared by the HTML and XHTML output, so that whatever text the tree
/// holds, the markup stays well-formed XML and valid HTML.
enum MarkupText {
    /// Text as element content: `&`, `<` and `>` escaped, and the characters XML 1.0 forbids or
    /// HTML calls errors (controls other than tab and line feed, noncharacters) left out.
    static func escaped(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Text as a double-quoted attribute value; tabs and line ends are kept as character
    /// references because XML parsers would otherwise turn them into spaces.
    static func escapedAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        if !text.utf8.contains(where: { needsCare($0, inAttribute: inAttribute) }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: result += "&amp;"
            case 0x3C: result += "&lt;"
            case 0x3E: result += "&gt;"
            case 0x22 where inAttribute: result += "&quot;"
            case 0x09 where inAttribute: result += "&#9;"
            case 0x0A where inAttribute: result += "&#10;"
            case 0x09, 0x0A: result.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func needsCare(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x7F...: return true
        case 0x22, 0x09, 0x0A: return inAttribute
        case ..<0x20: return true
        default: return false
        }
    }

    /// False for C0 and C1 controls (except tab and line feed, handled by the caller), and for
    /// Unicode noncharacters.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }

    /// A valid, unique-able `id`: an XML name without colons (EPUB checkers require it), built from
    /// ASCII and Latin-1 letters, digits, `-`, `_` and `.`. `nil` when nothing usable is left.
    static func identifier(from text: String) -> String? {
        var result = ""
        for scalar in text.unicodeScalars {
            if isNameCharacter(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.last == "-" { result.removeLast() }
        guard let first = result.unicodeScalars.first else { return nil }
        return isNameStart(first) ? result : "id-" + result
    }

    /// The slug a heading gets when its source gave it no id: lower-case words joined by `-`,
    /// starting with a letter (`"2. The Mill"` gives `the-mill`).
    static func slug(_ text: String) -> String? {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if isNameCharacter(scalar), scalar != "." {
                if result.isEmpty, !isNameStart(scalar) { continue }
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
            if result.utf8.count >= 60 { break }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xFF: return scalar.value != 0xD7 && scalar.value != 0xF7
        default: return false
        }
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || (0x30...0x39).contains(scalar.value) || scalar == "-" || scalar == "."
    }

    /// Class names: each white-space separated token kept as far as it is made of name
    /// characters, the rest dropped.
    static func classList(_ classes: [String]) -> String {
        classes.flatMap { $0.split(whereSeparator: { $0.isWhitespace }) }.compactMap { identifierToken(String($0)) }
            .joined(separator: " ")
    }

    private static func identifierToken(_ text: String) -> String? {
        let token = String(String.UnicodeScalarView(text.unicodeScalars.filter(isNameCharacter)))
        return token.isEmpty ? nil : token
    }

    /// A URL made safe to put in `href`: characters a URL may not contain (spaces, quotes,
    /// non-ASCII, stray `%`) are percent-encoded, so strict checkers accept it.
    static func urlAttribute(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var result = ""
        var index = 0
        var seenFragment = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#"), !seenFragment {
                seenFragment = true
                result += "#"
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHexDigit(bytes[index + 1]),
                isHexDigit(bytes[index + 2])
            {
                result += "%"
            } else if isURLCharacter(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexadecimal(byte).uppercased()
            }
            index += 1
        }
        return escapedAttribute(result)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// RFC 3986 unreserved and reserved characters, without `%` and `#` (handled apart) and
    /// without `[` `]`, which are only valid around IPv6 hosts.
    private static func isURLCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"),
            UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"),
            UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","),
            UInt8(ascii: ";"), UInt8(ascii: "="):
            return true
        default: return false
        }
    }

    /// The scheme of an absolute URL, lower-cased (`https`), or `nil` for a relative reference.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":"), colon != url.startIndex else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.unicodeScalars.first,
            (0x41...0x5A).contains(first.value) || (0x61...0x7A).contains(first.value),
            candidate.unicodeScalars.allSatisfy({ scalar in
                (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                    || (0x61...0x7A).contains(scalar.value) || "+-.".unicodeScalars.contains(scalar)
            })
        else { return nil }
        return candidate.lowercased()
    }
}
