/// How many terminal cells text takes, as a monospaced terminal or text editor shows it.
///
/// Wrapping and aligning plain text by `Character` count goes wrong for Chinese, Japanese and
/// Korean (two cells each), emoji (two) and combining accents (none). This follows the East
/// Asian Width property (wide and fullwidth characters take two cells) and `wcwidth`'s
/// conventions for marks and controls.
public enum TerminalWidth {
    /// The cells `text` takes on one line.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var width = 0
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        if isASCII { return width }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The cells one user-perceived character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        // An emoji sequence (a flag, a family, a text symbol with the emoji selector) is one
        // two-cell picture.
        if first.properties.isEmojiPresentation { return 2 }
        if scalars.count > 1, first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        return of(first)
    }

    /// The cells one code point takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if value < 0x0300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul vowels and finals join the syllable.
        if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
        return 1
    }

    /// True for the ideographs, kana and fullwidth forms between which text in Chinese and
    /// Japanese may be broken without a space.
    public static func allowsBreakBetween(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF01...0xFF60).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }

    /// East Asian Wide and Fullwidth ranges outside the emoji blocks (emoji are judged by their
    /// presentation property instead, which tracks new Unicode versions).
    private static func isWide(_ value: UInt32) -> Bool {
        for (first, last) in wideRanges where first <= value && value <= last { return true }
        return false
    }

    /// First and last scalar of each range: pairs, not `ClosedRange`s, whose first use cost each
    /// conversion a look-up of a `Comparable` conformance through every one the program has.
    private static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), (0x2329, 0x232A), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18AFF), (0x1B000, 0x1B2FF),
        (0x1F200, 0x1F2FF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ]
}
