/// Turns the bytes of a text file into a `String` the way a forgiving editor would.
///
/// Text from the web and from old systems is often not the UTF-8 it claims to be. Replacing
/// every bad byte with U+FFFD loses the words; decoding such bytes as Windows-1252 (what
/// browsers do for unlabelled Western text) keeps them. Readers of text-like formats share
/// this so they all agree on the same input.
public enum TextDecoding {
    /// The text of `bytes`: UTF-16 when a UTF-16 byte-order mark says so, else UTF-8 when the
    /// bytes are valid UTF-8 (and no legacy charset is declared), else Windows-1252. The
    /// byte-order mark is dropped and CRLF and lone CR line ends become LF.
    ///
    /// - Parameter declaredCharset: a charset named outside the bytes (an HTTP header, a meta
    ///   tag); ISO-8859-1, Latin-1, ASCII and Windows-1252 all decode as Windows-1252, as the
    ///   WHATWG encoding standard prescribes.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil, overriding: String? = nil) -> String {
        if let overriding, let charset = CharsetLabels.encoding(forLabel: overriding), charset != "UTF-8",
            CharsetLabels.canDecode(charset), !charset.hasPrefix("UTF-16"),
            let utf8 = CharsetConverter.utf8(from: bytes, charset: CharsetLabels.iconvName(for: charset))
        {
            return normalizingLineEnds(String(decoding: utf8, as: UTF8.self))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return normalizingLineEnds(utf16(bytes.dropFirst(2), bigEndian: false)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return normalizingLineEnds(utf16(bytes.dropFirst(2), bigEndian: true)) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let unixBytes = normalizingLineEnds(body)
        if let charset = declaredCharset, isWindows1252Alias(charset) {
            return windows1252(unixBytes)
        }
        if let text = String(validating: unixBytes, as: UTF8.self) { return text }
        return windows1252(unixBytes)
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

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
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
