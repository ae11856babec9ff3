import QuireDocument

extension Base64 {
    /// `decode(_:)` for a whole page's worth of base64 (`body_base64`): the same bytes, and nil
    /// for the same texts, decoded four characters at a step with their validity checked once at
    /// the end, instead of a test and a branch per character. `decode(_:)` took 7% of a
    /// `quire stream` of the benchmark pages (callgrind), more than reading the JSON lines.
    static func decodePage(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decodePage($0) }
    }

    /// `decodePage(_:)` over the characters' bytes, wherever they are: the JSON-lines reader
    /// decodes a `body_base64` straight from the line, without making a `String` of it first
    /// (that copy and its check cost a third as much as decoding).
    static func decodePage(_ characters: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard characters.count % 4 == 0 else { return nil }
        guard !characters.isEmpty else { return [] }
        // Padding only at the end of the last group: `xx==` or `xxx=`.
        let padding = characters[characters.count - 1] != UInt8(ascii: "=") ? 0
            : characters[characters.count - 2] != UInt8(ascii: "=") ? 1 : 2
        let groups = characters.count / 4
        var isValid = true
        // Two bytes more than the result: the last eight-byte store may reach past a padded end.
        let bytes = [UInt8](unsafeUninitializedCapacity: groups * 3 - padding + 2) { output, initialized in
            pagePairDigits.withUnsafeBufferPointer { pairTable in
                pageDigits.withUnsafeBufferPointer { table in
                    guard let pairs = pairTable.baseAddress, let digits = table.baseAddress,
                        let characterBase = characters.baseAddress, let outputBase = output.baseAddress
                    else {
                        isValid = false
                        return
                    }
                    // Each pair of characters' 12-bit contribution to its group's 24 bits, with
                    // bit 31 set for a character outside the alphabet: OR-ing two pairs gives the
                    // group's three bytes, and OR-ing the groups whether any was invalid.
                    var invalid: UInt32 = 0
                    var input = UnsafeRawPointer(characterBase)
                    var place = UnsafeMutableRawPointer(outputBase)
                    let lastGroup = characterBase + (groups - 1) * 4
                    // Two groups a step (eight characters, four pairs), stored as one eight-byte
                    // word whose last two bytes the next step overwrites (the last group is
                    // stored apart, below): 2.3 instructions a character, against 4 for four
                    // look-ups a group and 12 for a test per character.
                    let lastPair = UnsafeRawPointer(lastGroup) - 4
                    while input < lastPair {
                        let first = pairs[Int(UInt16(littleEndian: input.loadUnaligned(as: UInt16.self)))]
                            | pairs[65536 &+ Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: 2, as: UInt16.self)))]
                        let second = pairs[Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: 4, as: UInt16.self)))]
                            | pairs[65536 &+ Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: 6, as: UInt16.self)))]
                        invalid |= first | second
                        place.storeBytes(of: (UInt64(first) << 40 | UInt64(second) << 16).bigEndian, as: UInt64.self)
                        input += 8
                        place += 6
                    }
                    if input < UnsafeRawPointer(lastGroup) {
                        let value = pairs[Int(UInt16(littleEndian: input.loadUnaligned(as: UInt16.self)))]
                            | pairs[65536 &+ Int(UInt16(littleEndian: input.loadUnaligned(fromByteOffset: 2, as: UInt16.self)))]
                        invalid |= value
                        place.storeBytes(of: (value << 8).bigEndian, as: UInt32.self)
                    }
                    // The last group, its padding read as zero digits.
                    var value: UInt32 = 0
                    for offset in 0..<(4 - padding) { value |= digits[offset * 256 + Int(lastGroup[offset])] }
                    invalid |= value
                    for offset in 0..<(3 - padding) {
                        outputBase[(groups - 1) * 3 + offset] = UInt8(truncatingIfNeeded: value >> (16 - 8 * offset))
                    }
                    isValid = invalid & 0x8000_0000 == 0
                }
            }
            initialized = groups * 3 - padding
        }
        return isValid ? bytes : nil
    }

    /// For each of a group's four places, each byte's contribution to the group's 24 bits;
    /// bit 31 set when the byte is not a digit (`=` included: padding is handled apart).
    private static let pageDigits: [UInt32] = {
        var table = [UInt32](repeating: 0x8000_0000, count: 4 * 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            for place in 0..<4 { table[place * 256 + Int(character)] = UInt32(value) << (18 - 6 * place) }
        }
        return table
    }()

    /// `pageDigits` for two characters at once, indexed by the pair read as a little-endian
    /// 16-bit number: the first 65,536 entries for a group's first two places, the next for its
    /// last two. 512 KB, of which the 2 × 4,096 pairs of the alphabet are ever read.
    private static let pagePairDigits: [UInt32] = {
        var table = [UInt32](repeating: 0x8000_0000, count: 2 * 65536)
        for half in 0..<2 {
            for second in 0..<256 {
                for first in 0..<256 {
                    table[half * 65536 + second << 8 + first] =
                        pageDigits[half * 512 + first] | pageDigits[half * 512 + 256 + second]
                }
            }
        }
        return table
    }()
}
