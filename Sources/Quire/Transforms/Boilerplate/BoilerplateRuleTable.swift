/// The built-in rules written out as the parser reads them (`BuiltInBoilerplateRuleTable.swift`),
/// so that a conversion rebuilds them instead of reading `builtInText` again: reading the text
/// (trimming, cutting phrases into folded words, naming each rule) cost every conversion of a page
/// about 17 M instructions, rebuilding them from the table a fraction of it (docs/performance.md).
///
/// One rule a line, fields separated by a space: the kind's position in `Kind.allCases`, the
/// rule's line in its file, its language, its identifier, its slots, then its phrase as written,
/// which takes the rest of the line. Slots are separated by `+`: `...` is a gap, a leading `?` marks
/// an optional slot, `|` separates the alternatives, and a trailing `*` marks a prefix. Folded words
/// are letters and digits only (`FoldedWords`), so none of these characters can be part of one;
/// a language with a space in its name (and so its rules' identifiers) could not be written, and
/// none of the built-in ones has one.
///
/// `BoilerplateRuleTableTests` checks that the table gives exactly the rules `builtInText` reads,
/// and writes the table anew when asked to (`QUIRE_RECORD_GOLDEN=1`).
extension BoilerplateRules {
    /// `rules` as a table.
    static func tableText(_ rules: [Rule]) -> String {
        rules.map { rule in
            let kind = Kind.allCases.firstIndex(of: rule.kind) ?? 0
            let line = rule.source.split(separator: ":").last.map(String.init) ?? "0"
            let slots = rule.slots.map { slot -> String in
                if slot.isGap { return "..." }
                let alternatives = slot.alternatives.map { $0.word + ($0.isPrefix ? "*" : "") }.joined(separator: "|")
                return (slot.isOptional ? "?" : "") + alternatives
            }.joined(separator: "+")
            return "\(kind) \(line) \(rule.language) \(rule.identifier) \(slots) \(rule.phrase)"
        }.joined(separator: "\n")
    }

    /// The rules of a table written by `tableText`, read from `source` (`source:line`).
    static func rules(ofTable table: String, source: String) -> [Rule] {
        var table = table
        let kinds = Kind.allCases
        let locationPrefix = Array((source + ":").utf8)
        return table.withUTF8 { bytes in
            var rules: [Rule] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                rules.append(rule(ofLine: UnsafeBufferPointer(rebasing: bytes[start..<end]), kinds: kinds, locationPrefix: locationPrefix))
                start = end + 1
            }
            return rules
        }
    }

    /// The rule of one line of a table; `locationPrefix` is `source:`, as UTF-8.
    private static func rule(ofLine line: UnsafeBufferPointer<UInt8>, kinds: [Kind], locationPrefix: [UInt8]) -> Rule {
        var position = 0
        /// The next field: up to the next space, or the rest of the line for the last one.
        func field(last: Bool = false) -> UnsafeBufferPointer<UInt8> {
            let start = position
            while position < line.count, last || line[position] != UInt8(ascii: " ") { position += 1 }
            let field = UnsafeBufferPointer(rebasing: line[start..<position])
            position += 1
            return field
        }
        func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let kind = kinds[number(field())]
        let lineNumber = field()
        let language = string(field())
        let identifier = string(field())
        let slots = Self.slots(ofTableField: field())
        let phrase = string(field(last: true))
        // `source:line`, made in one piece.
        let location = String(unsafeUninitializedCapacity: locationPrefix.count + lineNumber.count) { buffer in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[..<locationPrefix.count]).initialize(from: locationPrefix)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[locationPrefix.count...]).initialize(from: lineNumber)
            return locationPrefix.count + lineNumber.count
        }
        var rule = Rule(kind: kind, language: language, phrase: phrase, source: location, slots: slots)
        rule.identifier = identifier
        return rule
    }

    private static func slots(ofTableField field: UnsafeBufferPointer<UInt8>) -> [Slot] {
        var slots: [Slot] = []
        slots.reserveCapacity(field.count(where: { $0 == UInt8(ascii: "+") }) + 1)
        var start = 0
        while start < field.count {
            var end = start
            while end < field.count, field[end] != UInt8(ascii: "+") { end += 1 }
            slots.append(slot(ofTableText: UnsafeBufferPointer(rebasing: field[start..<end])))
            start = end + 1
        }
        return slots
    }

    private static func slot(ofTableText text: UnsafeBufferPointer<UInt8>) -> Slot {
        if text.count == 3, text[0] == UInt8(ascii: "."), text[1] == UInt8(ascii: "."), text[2] == UInt8(ascii: ".") {
            return Slot(alternatives: [], isGap: true)
        }
        let isOptional = text.first == UInt8(ascii: "?")
        var slot = Slot(alternatives: [], isOptional: isOptional)
        slot.alternatives.reserveCapacity(text.count(where: { $0 == UInt8(ascii: "|") }) + 1)
        var start = isOptional ? 1 : 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "|") { end += 1 }
            let isPrefix = text[end - 1] == UInt8(ascii: "*")
            let word = UnsafeBufferPointer(rebasing: text[start..<(isPrefix ? end - 1 : end)])
            slot.alternatives.append(Alternative(word: String(decoding: word, as: UTF8.self), isPrefix: isPrefix))
            start = end + 1
        }
        return slot
    }
}
