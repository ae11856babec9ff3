import QuireDocument

/// Takes from the top of the article what `Metadata` already carries, so a reader does not
/// see it twice: the title as a heading, the byline, the date line (and reading time), and the
/// section link or breadcrumb above the title.
///
/// Only the first lines are looked at, down to the first paragraph of prose, and each is
/// judged as a whole line: a paragraph that mentions the author is kept.
///
/// A standfirst (the paragraph under the title, in the title's own box, apart from the body)
/// becomes `metadata.subtitle` when the page gave none: it introduces the article rather than
/// being part of its text, and the writers show it with the title.
struct LeadingMetadata {
    private(set) var metadata: Metadata
    private(set) var stripped: [StrippedBlock] = []

    /// Lines before the article's first paragraph of prose that may be looked at.
    static let window = 12

    init(metadata: Metadata) {
        self.metadata = metadata
    }

    private struct Line {
        var path: [Int]
        var block: Block
        var text: String
        var words: [String]
    }

    mutating func strip(_ blocks: [Block]) -> [Block] {
        let lines = leadingLines(blocks)
        var targets: [[Int]: String] = [:]
        let titleWords = metadata.title.map { Self.words($0) } ?? []
        let titleLine = lines.firstIndex { !titleWords.isEmpty && Self.isSameText($0.words, titleWords) }
        let standfirst = titleLine.flatMap { standfirstLine(after: $0, in: lines, blocks: blocks) }
        // A live page's entries, or a diary's, each open with a time or date line: the first
        // is its entry's stamp, not the page's date.
        let datesEntries = lines.contains { line in
            if case .paragraph = line.block { Self.isDateLine(line.words) } else { false }
        } && Self.datedEntries(in: blocks) >= 2
        for (position, line) in lines.enumerated() {
            if position == standfirst, case .paragraph(let content) = line.block {
                metadata.subtitle = content.visibleText
                targets[line.path] = "standfirst, moved to the metadata as the subtitle"
            } else if position == titleLine {
                targets[line.path] = "repeats the title"
            } else if let titleLine, position < titleLine, line.words.count <= 12 {
                targets[line.path] = "above the title (section, breadcrumb or label)"
            } else if case .paragraph = line.block, isByline(line.text) {
                targets[line.path] = "byline (the author is in the metadata)"
            } else if case .paragraph = line.block, !datesEntries, Self.isDateLine(line.words) {
                targets[line.path] = "date or reading time line"
            }
        }
        guard !targets.isEmpty else { return blocks }
        return removing(targets, from: blocks, prefix: [])
    }

    /// How many date or time lines of `blocks`, at any depth, follow other text: the stamps of
    /// entries after the first. An article's own "Published" and "Updated" lines sit together.
    private static func datedEntries(in blocks: [Block]) -> Int {
        var count = 0
        var followsText = false
        TreeWalk.visit(blocks) { block in
            guard case .paragraph(let content) = block else { return }
            let words = words(content.visibleText, limit: longestDateLine)
            if isDateLine(words) {
                if followsText { count += 1 }
                followsText = false
            } else if !words.isEmpty {
                followsText = true
            }
        }
        return count
    }

    /// The line of the standfirst: the first paragraph after the title (bylines and dates aside)
    /// in the same box as the title, when that box holds nothing else of length, the page gave
    /// no subtitle, and the paragraph is a sentence or two.
    private func standfirstLine(after titleLine: Int, in lines: [Line], blocks: [Block]) -> Int? {
        guard metadata.subtitle == nil else { return nil }
        let box = Array(lines[titleLine].path.dropLast())
        guard !box.isEmpty else { return nil }
        var position = titleLine + 1
        while position < lines.count, isByline(lines[position].text) || Self.isDateLine(lines[position].words) {
            position += 1
        }
        guard position < lines.count, case .paragraph = lines[position].block, lines[position].path.dropLast() == box[...],
            (8...60).contains(lines[position].words.count)
        else { return nil }
        // Nothing else of length in the title's box: the body is elsewhere.
        var containerBlocks = blocks
        for index in box {
            guard containerBlocks.indices.contains(index), case .container(let container) = containerBlocks[index] else {
                return nil
            }
            containerBlocks = container.content
        }
        let standfirstIndex = lines[position].path.last ?? 0
        for (index, block) in containerBlocks.enumerated() where index != standfirstIndex {
            if TextMeasure([block]).proseCharacters > 0, case .paragraph = block,
                !isByline([block].readableText), !Self.isDateLine(Self.words([block].readableText, limit: Self.longestDateLine))
            {
                return nil
            }
            if case .container = block, TextMeasure([block]).proseCharacters > 200 { return nil }
            if index > standfirstIndex, Self.holdsStructure(block) { return nil }
        }
        return position
    }

    /// A heading, table or code: what a body holds and a title's box does not after its
    /// standfirst (a documentation page's section holds its heading, its first paragraph and
    /// its subsections). Lists are not counted: a header's tags and share links are lists.
    private static func holdsStructure(_ block: Block) -> Bool {
        switch block {
        case .heading, .table, .codeBlock: true
        case .container(let container): container.content.contains(where: holdsStructure)
        default: false
        }
    }

    /// The first lines in reading order, looking into containers, up to the first paragraph of
    /// prose or anything that is not a paragraph, heading or figure.
    private func leadingLines(_ blocks: [Block]) -> [Line] {
        var lines: [Line] = []
        var stack: [(blocks: [Block], prefix: [Int], next: Int)] = [(blocks, [], 0)]
        while var top = stack.popLast(), lines.count < Self.window {
            guard top.next < top.blocks.count else { continue }
            let index = top.next
            top.next += 1
            stack.append(top)
            let block = top.blocks[index]
            let path = top.prefix + [index]
            switch block {
            case .container(let container):
                stack.append((container.content, path, 0))
            case .heading(let heading):
                let text = heading.content.visibleText
                lines.append(Line(path: path, block: block, text: text, words: Self.words(text)))
            case .paragraph(let content):
                let text = content.visibleText
                let words = Self.words(text)
                let followsHeading = lines.last.map { if case .heading = $0.block { true } else { false } } ?? false
                lines.append(Line(path: path, block: block, text: text, words: words))
                // The first paragraph of prose ends the look, unless it is right under a heading
                // (a standfirst, with the byline after it).
                if words.count > 25, !followsHeading, !isByline(text), !Self.isDateLine(words) { return lines }
            case .figure:
                continue
            default:
                return lines
            }
        }
        return lines
    }

    private mutating func removing(_ targets: [[Int]: String], from blocks: [Block], prefix: [Int]) -> [Block] {
        var result: [Block] = []
        for (index, block) in blocks.enumerated() {
            let path = prefix + [index]
            if let reason = targets[path] {
                stripped.append(StrippedBlock(block: block, transform: .articleExtraction, reason: reason))
                continue
            }
            if case .container(var container) = block, targets.keys.contains(where: { $0.starts(with: path) }) {
                container.content = removing(targets, from: container.content, prefix: path)
                if !container.content.isEmpty { result.append(.container(container)) }
                continue
            }
            result.append(block)
        }
        return result
    }

    /// Same words, or one a leading part of the other covering most of it (a title with or
    /// without its site name).
    static func isSameText(_ line: [String], _ title: [String]) -> Bool {
        guard !line.isEmpty else { return false }
        if line == title { return true }
        let (shorter, longer) = line.count < title.count ? (line, title) : (title, line)
        return Array(longer.prefix(shorter.count)) == shorter && shorter.count * 10 >= longer.count * 6
    }

    /// A line naming the article's author, or opening with "By" and a capitalised name.
    private func isByline(_ text: String) -> Bool {
        let words = Self.words(text, limit: Self.longestByline)
        guard !words.isEmpty, words.count <= Self.longestByline else { return false }
        let openerLength = Self.bylineOpeners.contains(words[0]) ? 1
            : words.count > 1 && ["posted", "published", "written", "reported"].contains(words[0]) && words[1] == "by" ? 2 : 0
        let opens = openerLength > 0 && words.count > openerLength && Self.startsCapitalised(text, afterWords: openerLength)
        // "By A. Writer | 14 June 2025, 9:00": a byline with its date.
        if opens, words.count <= 8 || Self.isDateLine(Array(words.dropFirst(3))) { return true }
        guard words.count <= 15 else { return false }
        for author in metadata.authors {
            let name = Self.words(author)
            guard !name.isEmpty, name.count <= words.count else { continue }
            for start in 0...(words.count - name.count) where Array(words[start..<(start + name.count)]) == name {
                return true
            }
        }
        return false
    }

    /// Whether the word after the first `count` words of `text` starts with a capital letter.
    private static func startsCapitalised(_ text: String, afterWords count: Int) -> Bool {
        var seen = 0
        var inWord = false
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter, !inWord {
                if seen == count { return character.isUppercase }
                seen += 1
            }
            inWord = isWordCharacter
        }
        return false
    }

    static let bylineOpeners: Set<String> = ["by", "par", "por", "von", "di", "door", "av", "written", "words"]

    /// A line made of date words, numbers and times (`Saturday 14 June 2025`, `Updated 3 hours
    /// ago`, `5 min read`): mostly such words, with a number and at least one word or number
    /// that only a date has (a month, a weekday, "published", `14:30`, `2025`, `05/10/2018`).
    /// Bylines and date lines are short; longer lines are never either.
    static let longestByline = 25
    static let longestDateLine = 20

    static func isDateLine(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= longestDateLine else { return false }
        var dateWords = 0
        var hasNumber = false
        var hasAnchor = false
        for word in words {
            if word.first?.isNumber == true {
                dateWords += 1
                hasNumber = true
                let isYear = word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20"))
                // `14:30`, `13.05` and `05/10/2018` are times and dates; `4/5` alone is a
                // review's score or a ratio more often than a day and a month.
                let isTimeOrDate = word.contains(where: { ":.".contains($0) }) || word.count(where: { $0 == "/" }) >= 2
                if isYear || isTimeOrDate { hasAnchor = true }
            } else if dateVocabulary.contains(word) {
                dateWords += 1
                hasAnchor = true
            } else if dateFillers.contains(word) {
                dateWords += 1
            }
        }
        return hasNumber && hasAnchor && dateWords * 10 >= words.count * 7
    }

    /// Small words that join the parts of a date in the six languages.
    static let dateFillers: Set<String> = [
        "on", "at", "of", "and", "|", "st", "nd", "rd", "th", "last", "le", "à", "il", "y", "a", "h", "de",
        "del", "el", "am", "um", "em", "às", "alle", "ore", "mis", "jour", "time", "day", "days",
    ]

    /// Month and weekday names and the words around dates and reading times, in the six
    /// languages the appeal rules cover.
    static let dateVocabulary: Set<String> = [
        // English
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "published", "updated", "posted", "modified", "pm", "gmt", "utc",
        "et", "est", "edt", "bst", "cet", "cest", "pst", "pdt", "pt", "ct", "cst", "cdt", "mst", "mdt", "hst", "ist",
        "jst", "aest", "original", "originally", "min", "mins", "minute", "minutes", "read", "reading", "hour",
        "hours", "ago",
        // French
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "publié", "lecture", "heures",
        // Spanish
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "publicado", "actualizado", "hace", "minutos", "horas", "lectura",
        // German
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "veröffentlicht", "aktualisiert", "uhr",
        "vor", "stunden", "lesezeit", "minuten",
        // Portuguese
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
        "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "feira", "atualizado", "há",
        // Italian
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "pubblicato",
        "aggiornato", "fa", "minuti",
    ]

    /// Lower-case words, split at anything that is not a letter or digit (`:`, `/` and `.`
    /// inside numbers stay, so `14:30` is one word). With a `limit`, reading stops after
    /// `limit + 1` words: enough to tell a line is longer than `limit` words, without reading
    /// a whole paragraph for it.
    static func words(_ text: String, limit: Int = .max) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if words.count > limit { break }
            if character.isLetter || character.isNumber {
                current += character.lowercased()
            } else if "|".contains(character) {
                if !current.isEmpty { words.append(current) }
                current = ""
                words.append("|")
            } else if ":/.".contains(character), previous.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words.map { word in
            var word = Substring(word)
            while let last = word.last, ":/.".contains(last) { word = word.dropLast() }
            return String(word)
        }.filter { !$0.isEmpty }
    }
}
