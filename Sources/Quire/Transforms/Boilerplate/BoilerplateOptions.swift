import QuireDocument

/// Which boilerplate transforms run on each input: article extraction (web pages only) and
/// appeal removal (any tree).
///
/// Web pages are cleaned by default, because most of a page is not the article. Markdown, text
/// and JSON are the user's own documents and are left alone unless asked (`--strip-boilerplate`).
public struct BoilerplateOptions: Sendable {
    public enum Policy: Sendable, Equatable {
        /// Web pages: extraction and appeal removal; other inputs: neither.
        case automatic
        /// Nothing is removed from any input (`--keep-boilerplate`).
        case keep
        /// Appeal removal on every input, and extraction on web pages (`--strip-boilerplate`).
        case strip
    }

    public var policy: Policy
    /// The phrases appeal removal recognises: the built-in rules plus any the user adds.
    public var rules: BoilerplateRules {
        get { chosenRules ?? .builtIn }
        set { chosenRules = newValue }
    }
    /// `nil` until someone sets rules: the built-in ones are parsed only when a transform needs
    /// them, not on every start of a process that converts Markdown.
    private var chosenRules: BoilerplateRules?
    /// Whether each document carries what was removed from it, in `metadata.extra["stripped"]`
    /// (`--include-stripped`), so a JSON output keeps it.
    public var includesStripped: Bool
    /// Whether paragraphs that asked the reader for something but were kept are reported, as
    /// warnings with the evidence (`quire convert -v`), so a rule can be added or exempted.
    public var reportsNearMisses = false

    public init(policy: Policy = .automatic, rules: BoilerplateRules? = nil, includesStripped: Bool = false) {
        self.policy = policy
        self.chosenRules = rules
        self.includesStripped = includesStripped
    }

    /// Whether a document read by `format` goes through article extraction.
    public func extractsArticle(readBy format: ReaderFormat) -> Bool {
        policy != .keep && format.isWebPage
    }

    /// Whether a document read by `format` goes through appeal removal.
    public func removesAppeals(readBy format: ReaderFormat) -> Bool {
        switch policy {
        case .keep: return false
        case .strip: return true
        case .automatic: return format.isWebPage
        }
    }
}

/// A block a boilerplate transform took out, and why: nothing is lost silently.
public struct StrippedBlock: Sendable, Equatable {
    public enum Transform: String, Sendable {
        case articleExtraction = "extraction"
        case appealRemoval = "appeals"
    }

    public var block: Block
    public var transform: Transform
    /// The rule or score that removed it, in words (`appeal rule "support us" [en, ...]`,
    /// `outside the article (its container scored 84)`).
    public var reason: String
    /// The input it was removed from (set by `Pipeline`).
    public var file: String

    public init(block: Block, transform: Transform, reason: String, file: String = "") {
        self.block = block
        self.transform = transform
        self.reason = reason
        self.file = file
    }

    /// The block's words as a reader saw them, blocks separated by line breaks.
    public var text: String { [block].readableText }

    /// The block as a free-form metadata value: `transform`, `reason` and `text`.
    public var metadataValue: MetadataValue {
        .map(["transform": .string(transform.rawValue), "reason": .string(reason), "text": .string(text)])
    }

    /// One line of `--report-stripped`: a JSON object with `input`, `transform`, `reason`,
    /// `text`, and a final line feed.
    public var reportLine: [UInt8] {
        let members: [(key: String, value: JSONValue)] = [
            ("input", .string(file)), ("transform", .string(transform.rawValue)), ("reason", .string(reason)),
            ("text", .string(text)),
        ]
        return JSONValue.object(members).serialized(pretty: false) + [10]
    }
}

extension Array where Element == Block {
    /// The text of these blocks as a reader sees it: inline text joined as written, each
    /// paragraph, heading, item or cell on its own line; image descriptions left out.
    public var readableText: String {
        var lines: [String] = []
        TreeWalk.visit(self) { block in
            switch block {
            case .paragraph(let content): lines.append(content.visibleText)
            case .heading(let heading): lines.append(heading.content.visibleText)
            case .codeBlock(let code): lines.append(code.text)
            case .table(let table): lines.append(table.caption.visibleText)
            case .figure(let figure): lines.append(figure.caption.visibleText)
            case .definitionList(let items): lines += items.map { $0.term.visibleText }
            default: break
            }
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

extension Array where Element == Inline {
    /// Text and code as written, line breaks as line breaks; images contribute nothing.
    var visibleText: String {
        var text = ""
        TreeWalk.visit(self) { inline in
            switch inline {
            case .text(let string), .code(let string): text += string
            case .lineBreak: text += "\n"
            case .softBreak: text += " "
            default: break
            }
        }
        return text
    }
}
