import Synchronization

/// The phrases `AppealRemoval` recognises, read from a rules file: the built-in one
/// (`DefaultBoilerplateRules.swift`) and any the user adds with `--boilerplate-rules FILE`.
///
/// The format (also in `docs/extraction.md`): one rule a line, `KIND: PHRASE`. `#` starts a
/// comment line; `[en]` starts a section of rules for one language (for the reader of the file
/// and for the reasons given when a block is removed; every rule applies to every document).
///
/// Kinds:
/// - `appeal`: a sentence containing the phrase asks the reader for something.
/// - `money`, `attention`: words of asking for money (donate, gift, standing order) or for
///   attention (subscribe, newsletter, follow us on...); evidence, never enough alone.
/// - `imperative`: opening a sentence, the phrase speaks to the reader ("Donate", "Soutenez").
/// - `reported`: the sentence reports someone else's words ("said", "selon"): article text.
/// - `keep`: a paragraph containing the phrase is never removed as an appeal ("blood").
/// - `supporting`: a sentence containing it can be part of an appeal ("thank you", "any amount").
/// - `address`: a word that speaks to the reader or for the site (`you`, `our`); an appeal
///   phrase counts only in a sentence that starts with it or has one of these.
/// - `formal-address`: a word that speaks to the reader only when written with a capital inside
///   a sentence (German `Sie`, `Ihre`; `ihre` is "their").
/// - `clause`: a word opening a clause that comes before the main one (`if`, `so that`,
///   `pour que`, `damit`): an imperative after the comma closing it still opens the main clause.
/// - `heading`: a heading made of this phrase introduces furniture ("Related articles").
/// - `lead-in`: a paragraph starting with it introduces links ("Read more:").
/// - `ps`: a paragraph made of it introduces what follows ("PS:").
/// - `rights`: a line containing it is a rights statement ("All rights reserved").
/// - `label`: a paragraph or heading made of it labels an advertisement slot or a page control
///   ("Advertisement", "Read later"): interface text, not the article's.
///
/// A phrase is words in order, compared without case or accents. `word*` is any word starting
/// with `word`; `a|b|c` is any of the three; a word ending in `?` may be absent; `...` stands for
/// up to three words of anything (not at the start).
public struct BoilerplateRules: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case appeal
        case money
        case attention
        case imperative
        case reported
        case keep
        case supporting
        case address
        case formalAddress = "formal-address"
        case clause
        case heading
        case leadIn = "lead-in"
        case postscript = "ps"
        case rights
        case label
    }

    public struct Rule: Sendable, Equatable {
        public var kind: Kind
        /// The section the rule was in (`en`, `fr`...), or `*` before any section.
        public var language: String
        /// The phrase as written.
        public var phrase: String
        /// Where the rule was read: `file:line`.
        public var source: String
        var slots: [Slot]
        /// A name for reports that stays while lines are added above the rule: its language,
        /// kind and readable phrase (`en.appeal.if-you-liked-this-article`), made unique in its file.
        public internal(set) var identifier = ""

        /// The phrase as a person says it: each choice by its first word, optional words left
        /// out, a gap as `...` (`if you liked this article` for `if you liked|enjoyed this|our
        /// article|story`); the identifier and the file keep the whole rule findable.
        public var readablePhrase: String {
            slots.compactMap { slot -> String? in
                if slot.isGap { return "..." }
                if slot.isOptional { return nil }
                guard let first = slot.alternatives.first else { return nil }
                return first.isPrefix ? first.word + "..." : first.word
            }.joined(separator: " ")
        }

        /// How reports name the rule: `appeal rule "support us" (en.appeal.support-us)`, with the
        /// file for a user's own rules.
        public var reportName: String {
            let file = source.prefix { $0 != ":" }
            let origin = file == BoilerplateRules.builtInSource ? "" : ", \(source)"
            return "\(kind.rawValue) rule \"\(readablePhrase)\" (\(identifier)\(origin))"
        }
    }

    struct Slot: Sendable, Equatable {
        var alternatives: [Alternative]
        var isOptional = false
        var isGap = false

        func accepts(_ word: String) -> Bool {
            alternatives.contains { $0.isPrefix ? word.hasPrefix($0.word) : word == $0.word }
        }
    }

    struct Alternative: Sendable, Equatable {
        var word: String
        var isPrefix: Bool
    }

    public private(set) var rules: [Rule] = []
    /// Each kind's index, and the asking index, made on first use (`index(_:)`).
    private var indexes = Indexes()
    /// The rules for each built-in language (`forLanguage`), made on first use and then shared
    /// by every document: a conversion meets one or two languages, and making all eight costs
    /// more than reading the page.
    private var languageSubsets: LanguageSubsets?

    /// Parses rules written in the format above; `source` names the file in errors.
    public init(parsing text: String, source: String) throws(BoilerplateRulesError) {
        var language = "*"
        var lineNumber = 0
        // Split by bytes: splitting a String by Characters cost most of the time every
        // conversion spends reading the built-in rules.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            // Most lines are ASCII, where bytes and Characters agree: they are cut by bytes,
            // which costs a fraction of cutting by Characters; other lines by Characters.
            let isASCII = rawLine.allSatisfy { $0 < 0x80 }
            let line = Self.trimmed(Substring(rawLine), isASCII: isASCII)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = "\(source):\(lineNumber)"
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw BoilerplateRulesError(location: location, message: "a section is written [language]")
                }
                language = String(line.dropFirst().dropLast()).trimmingSpaces
                continue
            }
            guard let colon = isASCII ? line.utf8.firstIndex(of: UInt8(ascii: ":")) : line.firstIndex(of: ":") else {
                throw BoilerplateRulesError(location: location, message: "expected KIND: PHRASE, got \"\(line)\"")
            }
            let kindName = Self.trimmed(line[..<colon], isASCII: isASCII).lowercased()
            guard let kind = Kind(rawValue: kindName) else {
                let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw BoilerplateRulesError(location: location, message: "unknown kind \"\(kindName)\" (known: \(known))")
            }
            let phrase = Self.trimmed(line[line.utf8.index(after: colon)...], isASCII: isASCII)
            let slots = try Self.slots(of: phrase, location: location)
            rules.append(Rule(kind: kind, language: language, phrase: phrase, source: location, slots: slots))
        }
        nameRules()
        buildLanguageSubsets()
    }

    /// Gives each rule its identifier, `-2`, `-3`... telling apart rules that read the same.
    private mutating func nameRules() {
        var used: Set<String> = []
        for index in rules.indices {
            let rule = rules[index]
            // The readable phrase's words: each required slot's first word, already folded into
            // letters and digits (`FoldedWords`).
            let words = rule.slots.compactMap { slot in slot.isGap || slot.isOptional ? nil : slot.alternatives.first?.word }
                .joined(separator: "-")
            let base = (rule.language == "*" ? "" : rule.language + ".") + rule.kind.rawValue + "." + words
            var identifier = base
            var suffix = 1
            while !used.insert(identifier).inserted {
                suffix += 1
                identifier = "\(base)-\(suffix)"
            }
            rules[index].identifier = identifier
        }
    }

    /// `reason` with every rule it names the old way (`"phrase" [language, file:line]`) named
    /// by its `reportName` instead, for the reports people read.
    public func readableReason(_ reason: String) -> String {
        guard reason.containsBytes("\" [") else { return reason }
        var result = reason
        for rule in rules {
            // Named the old way, a rule ends `, SOURCE]`. An ASCII source is there byte for byte
            // wherever `contains` would find the rule, so a rule whose source is not there is
            // passed over without writing its name and searching for it, which for every rule
            // and every reason was a good part of a page's conversion (docs/performance.md).
            if rule.source.utf8.allSatisfy({ $0 < 0x80 }), !result.containsBytes(rule.source) { continue }
            let written = "\(rule.kind.rawValue) rule \"\(rule.phrase)\" [\(rule.language), \(rule.source)]"
            if result.contains(written) { result = result.replacing(written, with: rule.reportName) }
        }
        return result
    }

    private init(rules: [Rule], withLanguageSubsets: Bool) {
        self.rules = rules
        if withLanguageSubsets { buildLanguageSubsets() }
    }

    /// No rules at all.
    public static let empty = BoilerplateRules(rules: [], withLanguageSubsets: false)

    /// The rules for a text in `language`: its section's, and those of sections that are not
    /// one of the built-in languages (`*`, a user's own); every rule when `language` is `nil`.
    func forLanguage(_ language: String?) -> BoilerplateRules {
        guard let language, LanguageGuess.commonWords[language] != nil, let languageSubsets else { return self }
        return languageSubsets.rules(for: language) {
            BoilerplateRules(
                rules: rules.filter { $0.language == language || LanguageGuess.commonWords[$0.language] == nil },
                withLanguageSubsets: false)
        }
    }

    private mutating func buildLanguageSubsets() {
        languageSubsets = LanguageSubsets()
    }

    /// The language subsets made so far, behind a lock: conversions of a batch share the rules.
    private final class LanguageSubsets: Sendable {
        private let made = Mutex<[String: BoilerplateRules]>([:])

        func rules(for language: String, making make: () -> BoilerplateRules) -> BoilerplateRules {
            if let rules = made.withLock({ $0[language] }) { return rules }
            // Made outside the lock; two threads may both make one, and either result is the same.
            let rules = make()
            made.withLock { $0[language] = rules }
            return rules
        }
    }

    /// These rules followed by `other`'s.
    public func adding(_ other: BoilerplateRules) -> BoilerplateRules {
        BoilerplateRules(rules: rules + other.rules, withLanguageSubsets: true)
    }

    /// What the built-in rules' sources are called.
    static let builtInSource = "built-in rules"

    /// The rules that ship with quire, for English, French, Spanish, German, Portuguese and Italian:
    /// `builtInText` as it reads, from the table of it made beforehand (`BoilerplateRuleTable`),
    /// since reading the text cost every conversion of a page more than reading the page.
    public static let builtIn = BoilerplateRules(table: builtInTable, source: builtInSource)

    /// The rules a table gives (`BoilerplateRuleTable`).
    init(table: String, source: String) {
        rules = Self.rules(ofTable: table, source: source)
        buildLanguageSubsets()
    }

    // MARK: Matching

    /// The first rule of `kind` whose phrase occurs somewhere in `words`.
    func firstMatch(_ kind: Kind, in words: ArraySlice<String>) -> Rule? {
        guard let index = index(.kind(kind)) else { return nil }
        for start in words.indices {
            for ruleIndex in index.candidates(startingWith: words[start]) {
                if Self.match(rules[ruleIndex].slots, words, from: start, slot: 0) != nil { return rules[ruleIndex] }
            }
        }
        return nil
    }

    /// Whether an `appeal`, `money` or `attention` phrase occurs somewhere in `words`.
    func hasAskingWords(in words: ArraySlice<String>) -> Bool {
        guard let askingIndex = index(.asking) else { return false }
        for start in words.indices {
            for ruleIndex in askingIndex.candidates(startingWith: words[start]) {
                if Self.match(rules[ruleIndex].slots, words, from: start, slot: 0) != nil { return true }
            }
        }
        return false
    }

    /// The rule of `kind` matching `words` from their first word, with the number of words it
    /// covered; with `wholly`, only a match covering all of them.
    func matchAtStart(_ kind: Kind, in words: ArraySlice<String>, wholly: Bool) -> (rule: Rule, length: Int)? {
        guard let index = index(.kind(kind)), let first = words.first else { return nil }
        for ruleIndex in index.candidates(startingWith: first) {
            let slots = rules[ruleIndex].slots
            if wholly {
                if Self.match(slots, words, from: words.startIndex, slot: 0, mustReachEnd: true) != nil {
                    return (rules[ruleIndex], words.count)
                }
            } else if let end = Self.match(slots, words, from: words.startIndex, slot: 0) {
                return (rules[ruleIndex], end - words.startIndex)
            }
        }
        return nil
    }

    /// Where a match of `slots[slot...]` starting at `position` ends, trying the shortest first.
    private static func match(
        _ slots: [Slot], _ words: ArraySlice<String>, from position: Int, slot: Int, mustReachEnd: Bool = false
    ) -> Int? {
        guard slot < slots.count else { return !mustReachEnd || position == words.endIndex ? position : nil }
        let current = slots[slot]
        if current.isGap {
            for skip in 0...3 where position + skip <= words.endIndex {
                if let end = match(slots, words, from: position + skip, slot: slot + 1, mustReachEnd: mustReachEnd) {
                    return end
                }
            }
            return nil
        }
        if current.isOptional, let end = match(slots, words, from: position, slot: slot + 1, mustReachEnd: mustReachEnd) {
            return end
        }
        guard position < words.endIndex, current.accepts(words[position]) else { return nil }
        return match(slots, words, from: position + 1, slot: slot + 1, mustReachEnd: mustReachEnd)
    }

    // MARK: Parsing

    /// `text` without the spaces, tabs and line ends around it (`trimmingSpaces`, which goes by
    /// Characters); by bytes when `isASCII`, where the two agree.
    private static func trimmed(_ text: Substring, isASCII: Bool) -> String {
        guard isASCII else { return text.trimmingSpaces }
        // Space, tab and the ASCII line ends (`Character.isNewline`: LF, VT, FF, CR).
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(Substring(bytes[first...last]))
    }

    /// The words `text` is as text is read (`FoldedWords`); a plain word of lower-case ASCII
    /// letters and digits, as most rules' words are, is itself.
    private static func folded(_ text: Substring) -> [String] {
        let isPlain = !text.utf8.isEmpty
            && text.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        return isPlain ? [String(text)] : FoldedWords(String(text)).words
    }

    private static func slots(of phrase: String, location: String) throws(BoilerplateRulesError) -> [Slot] {
        var slots: [Slot] = []
        let tokens = phrase.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        for tokenBytes in tokens {
            if tokenBytes.elementsEqual("...".utf8) {
                slots.append(Slot(alternatives: [], isGap: true))
                continue
            }
            if tokenBytes.allSatisfy({ $0 < 0x80 }) {
                slots += try asciiSlots(of: tokenBytes, location: location)
                continue
            }
            let token = Substring(tokenBytes)
            var text = token
            let isOptional = text.hasSuffix("?") && text.count > 1
            if isOptional { text = text.dropLast() }
            let alternatives = text.split(separator: "|", omittingEmptySubsequences: false)
            if alternatives.count == 1 {
                // One word as written may be several as text is read (`don't`, `e-mail`).
                let isPrefix = text.hasSuffix("*")
                let words = folded(isPrefix ? text.dropLast() : text)
                guard !words.isEmpty else {
                    throw BoilerplateRulesError(location: location, message: "\"\(token)\" has no letters or digits")
                }
                for (position, word) in words.enumerated() {
                    let last = position == words.count - 1
                    slots.append(
                        Slot(alternatives: [Alternative(word: word, isPrefix: last && isPrefix)], isOptional: isOptional))
                }
                continue
            }
            var slot = Slot(alternatives: [], isOptional: isOptional)
            for alternative in alternatives {
                let isPrefix = alternative.hasSuffix("*")
                let words = folded(isPrefix ? alternative.dropLast() : alternative)
                guard words.count == 1 else {
                    throw BoilerplateRulesError(
                        location: location, message: "each of \"\(token)\"'s alternatives must be one word")
                }
                slot.alternatives.append(Alternative(word: words[0], isPrefix: isPrefix))
            }
            slots.append(slot)
        }
        guard slots.contains(where: { !$0.isGap && !$0.isOptional }) else {
            throw BoilerplateRulesError(location: location, message: "a phrase needs at least one word that must be there")
        }
        if slots.first?.isGap == true {
            throw BoilerplateRulesError(location: location, message: "a phrase cannot start with ...")
        }
        return slots
    }

    /// The slots of one ASCII token of a phrase, read by bytes: what the rest of `slots(of:)`
    /// makes of it by Characters, which cost most of the time spent reading the built-in rules.
    private static func asciiSlots(
        of token: Substring.UTF8View, location: String
    ) throws(BoilerplateRulesError) -> [Slot] {
        var text = Array(token)[...]
        let isOptional = text.last == UInt8(ascii: "?") && text.count > 1
        if isOptional { text = text.dropLast() }
        func words(_ bytes: ArraySlice<UInt8>) -> (words: [String], isPrefix: Bool) {
            let isPrefix = bytes.last == UInt8(ascii: "*")
            let word = isPrefix ? bytes.dropLast() : bytes
            let isPlain = !word.isEmpty
                && word.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            let string = String(decoding: word, as: UTF8.self)
            return (isPlain ? [string] : FoldedWords(string).words, isPrefix)
        }
        guard text.contains(UInt8(ascii: "|")) else {
            // One word as written may be several as text is read (`don't`, `e-mail`).
            let (words, isPrefix) = words(text)
            guard !words.isEmpty else {
                throw BoilerplateRulesError(location: location, message: "\"\(Substring(token))\" has no letters or digits")
            }
            return words.enumerated().map { position, word in
                let last = position == words.count - 1
                return Slot(alternatives: [Alternative(word: word, isPrefix: last && isPrefix)], isOptional: isOptional)
            }
        }
        var slot = Slot(alternatives: [], isOptional: isOptional)
        for alternative in text.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let (words, isPrefix) = words(alternative)
            guard words.count == 1 else {
                throw BoilerplateRulesError(
                    location: location, message: "each of \"\(Substring(token))\"'s alternatives must be one word")
            }
            slot.alternatives.append(Alternative(word: words[0], isPrefix: isPrefix))
        }
        return [slot]
    }

    /// What an index covers: the rules of one kind, or the `appeal`, `money` and `attention` rules
    /// together, to find in one pass whether a paragraph has anything to ask for.
    private enum IndexKey: Sendable {
        case kind(Kind)
        case asking

        static let count = Kind.allCases.count + 1

        /// The index's place among `count`: the asking index, then the kinds in declaration order.
        /// A place, not a dictionary key: a dictionary of a type of its own cost a look-up of its
        /// `Hashable` conformance through every one the program has, on each conversion.
        var slot: Int {
            guard case .kind(let kind) = self else { return 0 }
            switch kind {
            case .appeal: return 1
            case .money: return 2
            case .attention: return 3
            case .imperative: return 4
            case .reported: return 5
            case .keep: return 6
            case .supporting: return 7
            case .address: return 8
            case .formalAddress: return 9
            case .clause: return 10
            case .heading: return 11
            case .leadIn: return 12
            case .postscript: return 13
            case .rights: return 14
            case .label: return 15
            }
        }

        func covers(_ kind: Kind) -> Bool {
            switch self {
            case .kind(let own): return kind == own
            case .asking: return kind == .appeal || kind == .money || kind == .attention
            }
        }
    }

    /// The index of the rules `key` covers, `nil` when there are none; made the first time it is
    /// asked for. A page needs only some: extraction asks the full rules for `rights` and the
    /// asking words, appeal removal most kinds but of its language's rules; making every index
    /// of the full rules cost each conversion 5.6 M instructions (docs/performance.md).
    private func index(_ key: IndexKey) -> PhraseIndex? {
        indexes.index(key) {
            var index = PhraseIndex()
            var isEmpty = true
            // By position: each rule taken whole, with its strings, was retained and released.
            for position in rules.indices where key.covers(rules[position].kind) {
                index.add(rules[position].slots, rule: position)
                isEmpty = false
            }
            if isEmpty { return nil }
            index.finish()
            return index
        }
    }

    /// The indexes made so far, behind a lock: conversions of a batch share the rules.
    private final class Indexes: Sendable {
        private final class Made: Sendable {
            let index: PhraseIndex?
            init(_ index: PhraseIndex?) { self.index = index }
        }
        private let made = Mutex<[Made?]>(Array(repeating: nil, count: IndexKey.count))

        func index(_ key: IndexKey, making make: () -> PhraseIndex?) -> PhraseIndex? {
            let slot = key.slot
            if let made = made.withLock({ $0[slot] }) { return made.index }
            // Made outside the lock; two threads may both make one, and either result is the same.
            let index = Made(make())
            made.withLock { $0[slot] = index }
            return index.index
        }
    }
}

/// Which rules can start at a word: rules whose first word is fixed are found by that word (or,
/// for `word*`, by its first three letters); the others are tried everywhere.
private struct PhraseIndex: Sendable {
    var byWord: [String: [Int]] = [:]
    var byPrefix: [UInt32: [Int]] = [:]
    var anywhere: [Int] = []
    /// What `candidates` answers, worked out once all rules are added (`finish`): for a word
    /// of `byWord`, its rules with those of its prefix and `anywhere`; for a prefix, its rules
    /// with `anywhere`. Merging the lists for every word read was most of matching's time.
    private var forWord = ProbeTable<String, [Int]>([:])
    private var forPrefix = ProbeTable<UInt32, [Int]>([:])

    static let prefixKeyLength = 3

    /// The first `prefixKeyLength` bytes of the word as one number, or `nil` for a shorter
    /// word. Bytes, not characters, and a number, not a string: counting characters and
    /// hashing strings were a good part of matching's time.
    static func prefixKey(_ word: String) -> UInt32? {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), let third = bytes.next() else { return nil }
        return UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
    }

    mutating func add(_ slots: [BoilerplateRules.Slot], rule: Int) {
        guard let first = slots.first, !first.isOptional else {
            anywhere.append(rule)
            return
        }
        if first.alternatives.contains(where: { $0.isPrefix && Self.prefixKey($0.word) == nil }) {
            anywhere.append(rule)
            return
        }
        // One look-up per word: the rule is added to its list unless it just was.
        func addOnce(_ rules: inout [Int]) {
            if rules.last != rule { rules.append(rule) }
        }
        for alternative in first.alternatives {
            if alternative.isPrefix {
                guard let key = Self.prefixKey(alternative.word) else { continue }
                addOnce(&byPrefix[key, default: []])
            } else {
                addOnce(&byWord[alternative.word, default: []])
            }
        }
    }

    /// Merges the lists once the rules are all added.
    mutating func finish() {
        // Each list is in ascending order without repeats, so their union is a merge, which
        // costs far less than a Set and a sort for each of the index's words.
        func merged(_ first: [Int], _ second: [Int], _ third: [Int] = []) -> [Int] {
            func union(_ a: [Int], _ b: [Int]) -> [Int] {
                if a.isEmpty { return b }
                if b.isEmpty { return a }
                var result: [Int] = []
                result.reserveCapacity(a.count + b.count)
                var i = 0
                var j = 0
                while i < a.count || j < b.count {
                    if j == b.count || (i < a.count && a[i] < b[j]) {
                        result.append(a[i])
                        i += 1
                    } else {
                        if i < a.count, a[i] == b[j] { i += 1 }
                        result.append(b[j])
                        j += 1
                    }
                }
                return result
            }
            return union(union(first, second), third)
        }
        forPrefix = ProbeTable(byPrefix.mapValues { merged($0, anywhere) })
        var words: [String: [Int]] = [:]
        words.reserveCapacity(byWord.count)
        for (word, rules) in byWord {
            words[word] = merged(rules, Self.prefixKey(word).flatMap { byPrefix[$0] } ?? [], anywhere)
        }
        forWord = ProbeTable(words)
    }

    /// The rules worth trying at `word`, in the order they were written.
    func candidates(startingWith word: String) -> [Int] {
        if let rules = forWord[word] { return rules }
        if let key = Self.prefixKey(word), let rules = forPrefix[key] { return rules }
        return anywhere
    }
}

/// A rules file that cannot be read: where, and what was expected.
public struct BoilerplateRulesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `file:line`.
    public var location: String
    public var message: String

    public var description: String { "\(location): \(message)" }
}
