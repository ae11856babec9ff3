import QuireDocument

/// The publication's own name as its text would write it, taken from the metadata (publisher or
/// site name, source host), so that "Donate to the Courier" is the site speaking for itself on a
/// page published by "The Harbour Courier".
///
/// A name's distinctive words (four letters or more) are matched by their stem (one letter
/// dropped from words of six or more, for inflections: "Hafenboten", "Latarnię") and only when
/// written with a capital in the text, so "del porto" is not "Il Faro di Porto". The source
/// host's first label ("harbourcourier") matches the name written as one to three words.
struct PublicationName: Sendable {
    let stems: [String]
    let hostLabel: String?

    static let none = PublicationName(stems: [], hostLabel: nil)

    private init(stems: [String], hostLabel: String?) {
        self.stems = stems
        self.hostLabel = hostLabel
    }

    init(metadata: Metadata) {
        var stems: [String] = []
        for word in FoldedWords(metadata.publisher ?? "").words where word.count >= 4 {
            stems.append(word.count >= 6 ? String(word.dropLast()) : word)
        }
        self.stems = stems
        hostLabel = Self.hostLabel(of: metadata.sourceURL ?? metadata.canonicalURL)
    }

    var isEmpty: Bool { stems.isEmpty && hostLabel == nil }

    /// Whether the paragraph's words name the publication.
    func isNamed(in text: FoldedWords) -> Bool {
        let words = text.words
        if !stems.isEmpty {
            for index in text.capitalised where stems.contains(where: { words[index].hasPrefix($0) }) { return true }
        }
        if let hostLabel {
            for start in words.indices {
                var joined = ""
                for word in words[start..<min(start + 3, words.count)] {
                    joined += word
                    if joined == hostLabel { return true }
                }
            }
        }
        return false
    }

    /// "harbourcourier" from `https://www.harbourcourier.example/x`; `nil` for a label too short
    /// to mean anything.
    private static func hostLabel(of url: String?) -> String? {
        let parts = url?.split(separator: "/") ?? []
        guard parts.count >= 2, parts[0].hasSuffix(":") else { return nil }
        let host = parts[1].prefix { $0 != ":" && $0 != "?" && $0 != "#" }
        let labels = host.lowercased().split(separator: ".").filter { $0 != "www" }
        guard let first = labels.first, first.count >= 5, first.allSatisfy({ $0.isLetter }) else { return nil }
        return String(first)
    }
}
