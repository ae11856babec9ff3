/// Text from documents and file names, made safe to print on a terminal.
///
/// A title or a file name can hold control characters: an escape sequence that retitles the
/// window, clears the screen or recolours the rest of the session, a carriage return that
/// hides what came before, a bidirectional override that shows a name backwards. Messages
/// print them as visible escapes instead (`\x1B`, `\u{202E}`), and the bytes of a file name
/// that is not UTF-8 as `\xNN`.
public enum TerminalSafeText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let byte = SystemPath.escapedByte(scalar) {
                result += "\\x" + hex(UInt32(byte), digits: 2)
            } else if scalar.value < 0x100, needsEscape(scalar) {
                result += "\\x" + hex(scalar.value, digits: 2)
            } else if needsEscape(scalar) {
                result += "\\u{" + hex(scalar.value, digits: 4) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates; line and paragraph separators.
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return SystemPath.escapedByte(scalar) != nil
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
