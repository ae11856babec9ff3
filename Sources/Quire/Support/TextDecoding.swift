/// Turns the bytes of a text file into a `String` the way a forgiving editor would.
///
/// Text from the web and from old systems is often not the UTF-8 it claims to be. Replacing
/// every bad byte with U+FFFD loses the words; decoding such bytes as Windows-1252 (what
/// browsers do for unlabelled Western text) keeps them. Readers of text-like formats share
/// this so they all agree on the same input.
public enum TextDecoding {
    /// The text of `bytes`: in the `overriding` set when given; UTF-16 or UTF-32 when a
    /// byte-order mark or the pattern of zero bytes says so (`wideForm(of:)`); else UTF-8 when
    /// the bytes are valid UTF-8 (and no Windows-1252 alias is declared); else the declared set,
    /// else the one uchardet guesses, else Windows-1252 (`decodeNamingGuess`). The byte-order
    /// mark is dropped and CRLF and lone CR line ends become LF.
    ///
    /// - Parameter declaredCharset: a charset named outside the bytes (an HTTP header, a meta
    ///   tag); ISO-8859-1, Latin-1, ASCII and Windows-1252 all decode as Windows-1252, as the
    ///   WHATWG encoding standard prescribes.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil, overriding: String? = nil) -> String {
        decodeNamingGuess(bytes, declaredCharset: declaredCharset, overriding: overriding).text
    }

    /// `decode`, and the character set it guessed when the bytes were neither UTF-8 nor in a
    /// declared set (`nil` otherwise), for the reader to warn that it was unsure. The guess is
    /// uchardet's (`CharsetDetection`), as for HTML: a Shift_JIS, EUC-JP, GBK, KOI8-R or
    /// Windows-1251 text read as Windows-1252 was mojibake from end to end. Windows-1252 when
    /// uchardet has no answer.
    public static func decodeNamingGuess(_ bytes: [UInt8], declaredCharset: String? = nil, overriding: String? = nil)
        -> (text: String, guessedCharset: String?)
    {
        if let overriding, let text = legacyText(bytes, label: overriding) { return (normalizingLineEnds(text), nil) }
        if let (form, start) = wideForm(of: bytes) { return (normalizingLineEnds(decode(bytes[start...], as: form)), nil) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let unixBytes = normalizingLineEnds(body)
        if let charset = declaredCharset, isWindows1252Alias(charset) {
            return (windows1252(unixBytes), nil)
        }
        if let text = String(validating: unixBytes, as: UTF8.self) { return (text, nil) }
        if let charset = declaredCharset, let text = legacyText(unixBytes, label: charset) { return (text, nil) }
        if let charset = CharsetDetection.guess(unixBytes), !isWindows1252Alias(charset),
            let text = legacyText(unixBytes, label: charset)
        {
            return (text, charset)
        }
        return (windows1252(unixBytes), "windows-1252")
    }

    /// What a reader says when `decodeNamingGuess` had to guess (the HTML reader says the same).
    public static func guessWarning(_ charset: String, file: String) -> ConversionWarning {
        ConversionWarning(
            file: file, message: "no character set declared and the bytes are not UTF-8; read as \(charset), guessed from the bytes")
    }

    /// `bytes` decoded from the legacy set `label` names (by `iconv`), or `nil` when it names
    /// UTF-8 or UTF-16, a set quire cannot decode, or the bytes do not convert.
    private static func legacyText(_ bytes: [UInt8], label: String) -> String? {
        // A label the standard does not know may still be `iconv`'s name (uchardet gives a few).
        let charset = CharsetLabels.encoding(forLabel: label) ?? label
        guard charset != "UTF-8", !charset.hasPrefix("UTF-16"), CharsetLabels.canDecode(charset),
            let utf8 = CharsetConverter.utf8(from: bytes, charset: CharsetLabels.iconvName(for: charset))
        else { return nil }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Decodes every byte as one Windows-1252 character; every byte maps to some character.
    public static func windows1252<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(Unicode.Scalar(windows1252HighControls[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// The text with CRLF and lone CR line ends turned into LF.
    public static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return String(decoding: normalizingLineEnds(Array(text.utf8)[...]), as: UTF8.self)
    }

    /// CR is 0x0D in ASCII, UTF-8 and Windows-1252 alike, so line ends can be fixed before decoding.
    private static func normalizingLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x0D) else { return Array(bytes) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasCarriageReturn = false
        for byte in bytes {
            if byte == 0x0A, previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = byte == 0x0D
            result.append(byte == 0x0D ? 0x0A : byte)
        }
        return result
    }

    // MARK: - UTF-16 and UTF-32

    /// The Unicode encoding forms whose code units are wider than a byte.
    public enum WideForm: String, Sendable, CaseIterable {
        case utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"

        var unitSize: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }
        var isBigEndian: Bool { self == .utf16BE || self == .utf32BE }
    }

    /// The wide form `bytes` are in, and where the text starts after its byte-order mark: from
    /// the mark when there is one, else from the pattern of zero bytes (`bomlessWideForm`).
    public static func wideForm(of bytes: [UInt8]) -> (form: WideForm, textStart: Int)? {
        // UTF-32LE's mark starts with UTF-16LE's, so it is tried first.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        if let form = bomlessWideForm(of: bytes) { return (form, 0) }
        let sample = bytes.prefix(sampleSize)
        if controlBytesAreBinary(sample), let form = unpaddedUTF16Form(of: sample) { return (form, 0) }
        return nil
    }

    /// How much of the start of a file the sniffing functions look at.
    static let sampleSize = 1 << 16

    /// UTF-16 or UTF-32 without a byte-order mark, recognised by its zero bytes: text in these
    /// forms has the spaces, line ends and punctuation of ASCII (and, in UTF-32, every
    /// character) padded with zeros on the same side of each code unit, which no 8-bit text and
    /// no binary file shows. The first 64 KB must also decode cleanly (`isPlausible`).
    static func bomlessWideForm(of bytes: [UInt8]) -> WideForm? {
        let sample = bytes.prefix(sampleSize)
        guard sample.count >= 4 else { return nil }
        // Zero bytes at each position within 4-byte groups.
        var zeros = [0, 0, 0, 0]
        for (offset, byte) in sample.enumerated() where byte == 0 { zeros[offset & 3] += 1 }
        guard zeros.reduce(0, +) > 0 else { return nil }
        let groups = sample.count / 4
        // UTF-32: the top byte of every unit is zero, and the next one nearly always.
        if sample.count % 4 == 0 || bytes.count > sample.count {
            for form in [WideForm.utf32LE, .utf32BE] {
                let (top, next) = form == .utf32LE ? (3, 2) : (0, 1)
                if zeros[top] >= groups, zeros[next] * 10 >= groups * 9, isPlausible(sample, as: form) { return form }
            }
        }
        // UTF-16: a tenth of the units or more have a zero high byte (ASCII characters), hardly
        // any a zero low byte.
        let units = sample.count / 2
        let (even, odd) = (zeros[0] + zeros[2], zeros[1] + zeros[3])
        if odd * 10 >= units, even * 4 <= odd, isPlausible(sample, as: .utf16LE) { return .utf16LE }
        if even * 10 >= units, odd * 4 <= even, isPlausible(sample, as: .utf16BE) { return .utf16BE }
        return nil
    }

    /// UTF-16 with too few ASCII characters to show the zero-byte pattern (Chinese, Japanese or
    /// Korean text without spaces): bytes that would be binary read 8 bits at a time
    /// (`controlBytesAreBinary`), all those control bytes but zeros on the low side of their
    /// code unit (high bytes of these scripts are never below 0x20), that are not UTF-8 and decode
    /// cleanly as UTF-16. Random and compressed data decode to surrogates and private-use
    /// characters in one unit of eight; ASCII text with control characters is UTF-8.
    static func unpaddedUTF16Form(of sample: ArraySlice<UInt8>) -> WideForm? {
        // Zero bytes are the high side of ASCII characters (line ends, spaces).
        var controls = [0, 0]
        for (offset, byte) in sample.enumerated() where byte != 0 && isControl(byte) { controls[offset & 1] += 1 }
        guard String(validating: sample, as: UTF8.self) == nil else { return nil }
        if controls[1] == 0, isPlausible(sample, as: .utf16LE) { return .utf16LE }
        if controls[0] == 0, isPlausible(sample, as: .utf16BE) { return .utf16BE }
        return nil
    }

    /// The code units of `bytes` in `form` (a trailing partial unit dropped).
    static func units(_ bytes: ArraySlice<UInt8>, as form: WideForm) -> [UInt32] {
        let size = form.unitSize
        var units: [UInt32] = []
        units.reserveCapacity(bytes.count / size)
        var index = bytes.startIndex
        while index + size <= bytes.endIndex {
            var unit: UInt32 = 0
            for offset in 0..<size {
                let byte = UInt32(bytes[index + (form.isBigEndian ? offset : size - 1 - offset)])
                unit = unit << 8 | byte
            }
            units.append(unit)
            index += size
        }
        return units
    }

    /// Whether `bytes` read as `form` look like text: no more than one unit in 200 is a control
    /// character other than white space (NUL included), a lone surrogate, a private-use or a
    /// non-character; a truncated last character is forgiven.
    static func isPlausible(_ bytes: ArraySlice<UInt8>, as form: WideForm) -> Bool {
        let units = units(bytes, as: form)
        guard !units.isEmpty else { return false }
        var bad = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            switch unit {
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x00..<0x20, 0x7F..<0xA0, 0xE000..<0xF900, 0xFFFE, 0xFFFF: bad += 1
            case 0xD800..<0xDC00 where form.unitSize == 2:
                if index < units.count, (0xDC00..<0xE000).contains(units[index]) {
                    index += 1
                } else if index < units.count {
                    bad += 1
                }
            case 0xD800..<0xE000: bad += 1
            case 0x110000...: bad += 1
            default: continue
            }
        }
        return bad * 200 <= units.count
    }

    /// The text of `bytes` in a wide form; units that are not characters become U+FFFD.
    public static func decode(_ bytes: ArraySlice<UInt8>, as form: WideForm) -> String {
        let units = units(bytes, as: form)
        if form.unitSize == 2 { return String(decoding: units.lazy.map { UInt16(truncatingIfNeeded: $0) }, as: UTF16.self) }
        var scalars = String.UnicodeScalarView()
        for unit in units { scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}") }
        return String(scalars)
    }

    // MARK: - Text or not

    /// Whether `bytes` are not text at all (a program, random data, a file of zeros): the
    /// first 64 KB hold many control bytes that no text in any character set uses
    /// (`controlBytesAreBinary`), and are not UTF-16 or UTF-32 (`wideForm(of:)`). Bytes of
    /// legacy 8-bit and multi-byte sets (Windows-1252, KOI8-R, Shift_JIS, GB18030...) are all
    /// at 0x20 or above, and ISO-2022's escapes are allowed, so such text never counts; nor
    /// does a page with a stray NUL or a few control characters.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        controlBytesAreBinary(bytes.prefix(sampleSize)) && wideForm(of: bytes) == nil
    }

    /// Whether `sample` holds control bytes that 8-bit text does not use, more than one byte in
    /// 50 and eight at least (a page with a few stray ones is text), or is made of nothing else.
    static func controlBytesAreBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        // Every page's first 64 KB is looked at twice (binary sniffing and the wide-form check):
        // eight bytes at a time are passed over when none is below 0x20, the rest counted as
        // `isControl` decides, without branches.
        let controls = sample.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // Non-zero when some byte of `word` is below 0x20.
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let end = min(index + 8, bytes.count)
                while index < end {
                    let byte = bytes[index]
                    let isLow = byte < 0x20 ? 1 : 0
                    count &+= isLow & Int(truncatingIfNeeded: Self.controlMask &>> UInt32(byte & 0x1F)) & 1
                    index += 1
                }
            }
            return count
        }
        return controls > 0 && (controls == sample.count || controls >= 8 && controls * 50 > sample.count)
    }

    /// A control byte that 8-bit text does not use: all below 0x20 but tab, line ends, form
    /// feed, backspace (overstruck man pages), SO and SI (ISO-2022), the DOS end of file and ESC
    /// (ISO-2022, terminal colours).
    /// `isControl` for each byte below 0x20, as bits: all but 0x08...0x0F, 0x1A and 0x1B.
    private static let controlMask: UInt32 = ~(0x0000_FF00 | 1 << 0x1A | 1 << 0x1B)

    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && !(0x08...0x0F).contains(byte) && byte != 0x1A && byte != 0x1B
    }

    private static func isWindows1252Alias(_ charset: String) -> Bool {
        let name = charset.lowercased().filter { $0 != " " && $0 != "\"" && $0 != "'" }
        return ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                "us-ascii", "ascii", "cp819", "ibm819"].contains(name)
    }

    /// What Windows-1252 puts at 0x80...0x9F, where ISO-8859-1 has C1 controls. The five bytes
    /// Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code points, as in
    /// the WHATWG table, so no byte is lost.
    private static let windows1252HighControls: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87: € ‚ ƒ „ … † ‡
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F: ˆ ‰ Š ‹ Œ Ž
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97: ‘ ’ “ ” • – —
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F: ˜ ™ š › œ ž Ÿ
    ]
}
