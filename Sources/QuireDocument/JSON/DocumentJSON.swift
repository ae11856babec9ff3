// The tree's JSON form (schema in docs/json-format.md). Both directions live here, side by
// side, so a field cannot be added to one without the other being in view.

/// A JSON document that is well-formed but does not describe a quire tree.
public struct DocumentJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is, as a path from the root such as `$.blocks[2].content[0]`.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

extension Document {
    /// The schema version this quire writes and the newest it reads: 2 added `raw_html`.
    public static let jsonSchemaVersion = 2
    /// The value of the top-level `format` field, which tells a quire tree from other JSON.
    public static let jsonFormatName = "quire-document"

    public var json: JSONValue { jsonValue(self.writeJSON) }

    /// The JSON text straight from the tree, with no `JSONValue` in between: indented when
    /// `pretty` (with a final line feed), else one line.
    public func serializedJSON(pretty: Bool = true) -> [UInt8] {
        var text = JSONText(pretty: pretty, capacity: 1 << 16)
        writeJSON(to: &text)
        return text.finish()
    }

    /// The same text handed to `emit` in pieces as it is made, never held whole.
    public func serializeJSON(pretty: Bool = true, chunkSize: Int = 1 << 18, emit: @escaping (UnsafeRawBufferPointer) -> Void) {
        var text = JSONText(pretty: pretty, chunkSize: chunkSize, emit: emit)
        writeJSON(to: &text)
        _ = text.finish()
    }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("format", Document.jsonFormatName)
        sink.key("version")
        sink.integer(Document.jsonSchemaVersion)
        sink.key("metadata")
        metadata.writeJSON(to: &sink)
        sink.array("blocks", blocks) { block, sink in block.writeJSON(to: &sink) }
        if !resources.isEmpty { sink.array("resources", resources) { resource, sink in resource.writeJSON(to: &sink) } }
        sink.endObject()
    }

    public init(json: JSONValue) throws(DocumentJSONError) {
        let root = JSONNode(value: json, path: "$")
        guard try root.required("format").string() == Document.jsonFormatName else {
            throw root.error("not a quire document (\"format\" is not \"\(Document.jsonFormatName)\")")
        }
        let version = try root.required("version").int()
        guard version <= Document.jsonSchemaVersion else {
            throw root.error(
                "schema version \(version) is newer than this quire reads (\(Document.jsonSchemaVersion))")
        }
        self.init(
            metadata: try root.optional("metadata").map(Metadata.init(node:)) ?? Metadata(),
            blocks: try root.required("blocks").array().map(Block.init(node:)),
            resources: try root.optional("resources")?.array().map(Resource.init(node:)) ?? [])
    }
}

extension Metadata {
    public var json: JSONValue { jsonValue(self.writeJSON) }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        func add(_ key: String, _ values: [String]) {
            if !values.isEmpty { sink.strings(key, values) }
        }
        sink.beginObject()
        sink.member("title", title)
        sink.member("subtitle", subtitle)
        add("authors", authors)
        sink.member("date", date?.iso8601)
        sink.member("language", language)
        sink.member("publisher", publisher)
        sink.member("description", description)
        sink.member("rights", rights)
        sink.member("source_url", sourceURL)
        sink.member("canonical_url", canonicalURL)
        sink.member("identifier", identifier)
        add("keywords", keywords)
        sink.member("cover_image", coverImage)
        sink.member("direction", direction?.rawValue)
        if !extra.isEmpty {
            sink.key("extra")
            MetadataValue.map(extra).writeJSON(to: &sink)
        }
        sink.endObject()
    }

    init(node: JSONNode) throws(DocumentJSONError) {
        _ = try node.object()
        func string(_ key: String) throws(DocumentJSONError) -> String? {
            try node.optional(key)?.string()
        }
        func strings(_ key: String) throws(DocumentJSONError) -> [String] {
            try node.optional(key)?.array().map { node throws(DocumentJSONError) in try node.string() } ?? []
        }
        var date: DocumentDate?
        if let dateNode = node.optional("date") {
            let text = try dateNode.string()
            guard let parsed = DocumentDate(iso8601: text) else {
                throw dateNode.error("\"\(text)\" is not an ISO 8601 date")
            }
            date = parsed
        }
        var extra: [String: MetadataValue] = [:]
        if let extraNode = node.optional("extra") {
            guard case .map(let fields) = try MetadataValue(node: extraNode) else {
                throw extraNode.error("expected an object")
            }
            extra = fields
        }
        var direction: TextDirection?
        if let directionNode = node.optional("direction") {
            let text = try directionNode.string()
            guard let parsed = TextDirection(rawValue: text) else {
                throw directionNode.error("\"\(text)\" is not a text direction (ltr or rtl)")
            }
            direction = parsed
        }
        self.init(
            title: try string("title"), subtitle: try string("subtitle"), authors: try strings("authors"),
            date: date, language: try string("language"), publisher: try string("publisher"),
            description: try string("description"), rights: try string("rights"),
            sourceURL: try string("source_url"), canonicalURL: try string("canonical_url"),
            identifier: try string("identifier"), keywords: try strings("keywords"),
            coverImage: try string("cover_image"), extra: extra, direction: direction)
    }
}

extension MetadataValue {
    public var json: JSONValue { jsonValue(self.writeJSON) }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        switch self {
        case .string(let text): sink.string(text)
        case .bool(let value): sink.bool(value)
        case .list(let values):
            sink.beginArray()
            for value in values { value.writeJSON(to: &sink) }
            sink.endArray()
        case .map(let fields):
            sink.beginObject()
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                sink.key(key)
                value.writeJSON(to: &sink)
            }
            sink.endObject()
        }
    }

    /// Numbers become their text and `null` the empty string: free-form fields are for people.
    init(node: JSONNode) throws(DocumentJSONError) {
        switch node.value {
        case .null: self = .string("")
        case .bool(let value): self = .bool(value)
        case .number(let text), .string(let text): self = .string(text)
        case .array: self = .list(try node.array().map(MetadataValue.init(node:)))
        case .object(let members):
            var fields: [String: MetadataValue] = [:]
            for member in members {
                fields[member.key] = try MetadataValue(node: node.required(member.key))
            }
            self = .map(fields)
        }
    }
}

extension Resource {
    public var json: JSONValue { jsonValue(self.writeJSON) }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("url", url)
        sink.member("media_type", mediaType)
        if let data { sink.member("data_base64", Base64.encode(data)) }
        sink.endObject()
    }

    init(node: JSONNode) throws(DocumentJSONError) {
        var data: [UInt8]?
        if let dataNode = node.optional("data_base64") {
            guard let decoded = Base64.decode(try dataNode.string()) else {
                throw dataNode.error("invalid base64")
            }
            data = decoded
        }
        self.init(
            url: try node.required("url").string(),
            mediaType: try node.optional("media_type")?.string(), data: data)
    }
}

extension Block {
    public var json: JSONValue { jsonValue(self.writeJSON) }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        func blocks(_ key: String, _ blocks: [Block]) {
            sink.array(key, blocks) { block, sink in block.writeJSON(to: &sink) }
        }
        func inlines(_ key: String, _ inlines: [Inline]) {
            sink.array(key, inlines) { inline, sink in inline.writeJSON(to: &sink) }
        }
        func items(_ items: [ListItem]) {
            sink.array("items", items) { item, sink in
                sink.beginObject()
                if let checked = item.checked {
                    sink.key("checked")
                    sink.bool(checked)
                }
                sink.array("content", item.content) { block, sink in block.writeJSON(to: &sink) }
                sink.endObject()
            }
        }
        func rows(_ key: String, _ rows: [TableRow]) {
            sink.array(key, rows) { row, sink in
                sink.beginObject()
                sink.array("cells", row.cells) { cell, sink in
                    sink.beginArray()
                    for block in cell { block.writeJSON(to: &sink) }
                    sink.endArray()
                }
                sink.endObject()
            }
        }
        sink.beginObject()
        switch self {
        case .paragraph(let content):
            sink.member("type", "paragraph")
            inlines("content", content)
        case .heading(let heading):
            sink.member("type", "heading")
            sink.key("level")
            sink.integer(heading.level)
            sink.member("id", heading.id)
            inlines("content", heading.content)
        case .blockQuote(let content):
            sink.member("type", "block_quote")
            blocks("content", content)
        case .bulletList(let list):
            sink.member("type", "bullet_list")
            sink.key("tight")
            sink.bool(list.isTight)
            items(list.items)
        case .orderedList(let list):
            sink.member("type", "ordered_list")
            sink.key("start")
            sink.integer(list.start)
            sink.key("tight")
            sink.bool(list.isTight)
            items(list.items)
        case .definitionList(let definitions):
            sink.member("type", "definition_list")
            sink.array("items", definitions) { item, sink in
                sink.beginObject()
                sink.array("term", item.term) { inline, sink in inline.writeJSON(to: &sink) }
                sink.array("definitions", item.definitions) { definition, sink in
                    sink.beginArray()
                    for block in definition { block.writeJSON(to: &sink) }
                    sink.endArray()
                }
                sink.endObject()
            }
        case .codeBlock(let code):
            sink.member("type", "code_block")
            sink.member("language", code.language)
            sink.member("text", code.text)
        case .thematicBreak:
            sink.member("type", "thematic_break")
        case .table(let table):
            sink.member("type", "table")
            if !table.caption.isEmpty { inlines("caption", table.caption) }
            sink.strings("alignments", table.alignments.map(\.rawValue))
            if !table.headerRows.isEmpty { rows("header", table.headerRows) }
            rows("body", table.bodyRows)
            if !table.footerRows.isEmpty { rows("footer", table.footerRows) }
        case .figure(let figure):
            sink.member("type", "figure")
            blocks("content", figure.content)
            inlines("caption", figure.caption)
        case .footnoteDefinition(let footnote):
            sink.member("type", "footnote_definition")
            sink.member("label", footnote.label)
            sink.member("marker", footnote.marker)
            blocks("content", footnote.content)
        case .container(let container):
            sink.member("type", "container")
            sink.member("element", container.element)
            sink.member("id", container.id)
            if !container.classes.isEmpty { sink.strings("classes", container.classes) }
            blocks("content", container.content)
        case .rawHTML(let html):
            sink.member("type", "raw_html")
            sink.member("html", html)
        }
        sink.endObject()
    }

    init(node: JSONNode) throws(DocumentJSONError) {
        func blocks(_ key: String) throws(DocumentJSONError) -> [Block] {
            try node.required(key).blocks()
        }
        func inlines(_ key: String) throws(DocumentJSONError) -> [Inline] {
            try node.required(key).inlines()
        }
        func optionalInlines(_ key: String) throws(DocumentJSONError) -> [Inline] {
            try node.optional(key)?.inlines() ?? []
        }
        func items() throws(DocumentJSONError) -> [ListItem] {
            try node.required("items").array().map { item throws(DocumentJSONError) in
                ListItem(checked: try item.optional("checked")?.bool(), content: try item.required("content").blocks())
            }
        }
        func rows(_ key: String) throws(DocumentJSONError) -> [TableRow] {
            try node.optional(key)?.array().map { row throws(DocumentJSONError) in
                TableRow(cells: try row.required("cells").array().map { cell throws(DocumentJSONError) in try cell.blocks() })
            } ?? []
        }
        let type = try node.required("type").string()
        switch type {
        case "paragraph":
            self = .paragraph(try inlines("content"))
        case "heading":
            let level = try node.required("level").int()
            guard (1...6).contains(level) else { throw node.error("heading level \(level) is not 1 to 6") }
            self = .heading(Heading(level: level, id: try node.optional("id")?.string(), content: try inlines("content")))
        case "block_quote":
            self = .blockQuote(try blocks("content"))
        case "bullet_list":
            self = .bulletList(BulletList(isTight: try node.optional("tight")?.bool() ?? true, items: try items()))
        case "ordered_list":
            self = .orderedList(
                OrderedList(
                    start: try node.optional("start")?.int(clampedTo: OrderedList.startRange) ?? 1,
                    isTight: try node.optional("tight")?.bool() ?? true, items: try items()))
        case "definition_list":
            self = .definitionList(
                try node.required("items").array().map { item throws(DocumentJSONError) in
                    DefinitionItem(
                        term: try item.required("term").inlines(),
                        definitions: try item.required("definitions").array().map { definition throws(DocumentJSONError) in
                            try definition.blocks()
                        })
                })
        case "code_block":
            self = .codeBlock(
                CodeBlock(language: try node.optional("language")?.string(), text: try node.required("text").string()))
        case "thematic_break":
            self = .thematicBreak
        case "table":
            let alignments = try node.required("alignments").array().map { alignment throws(DocumentJSONError) in
                let name = try alignment.string()
                guard let value = Table.Alignment(rawValue: name) else {
                    throw alignment.error("unknown alignment \"\(name)\"")
                }
                return value
            }
            let table = Table(
                caption: try optionalInlines("caption"), alignments: alignments,
                headerRows: try rows("header"), bodyRows: try rows("body"), footerRows: try rows("footer"))
            for row in table.headerRows + table.bodyRows + table.footerRows where row.cells.count != alignments.count {
                throw node.error("a row has \(row.cells.count) cells but the table has \(alignments.count) columns")
            }
            self = .table(table)
        case "figure":
            self = .figure(Figure(content: try blocks("content"), caption: try optionalInlines("caption")))
        case "footnote_definition":
            self = .footnoteDefinition(
                FootnoteDefinition(
                    label: try node.required("label").string(), marker: try node.optional("marker")?.string(),
                    content: try blocks("content")))
        case "container":
            self = .container(
                Container(
                    element: try node.optional("element")?.string(), id: try node.optional("id")?.string(),
                    classes: try node.optional("classes")?.strings() ?? [], content: try blocks("content")))
        case "raw_html":
            self = .rawHTML(try node.required("html").string())
        default:
            throw node.error("unknown block type \"\(type)\"")
        }
    }
}

extension Inline {
    public var json: JSONValue { jsonValue(self.writeJSON) }

    public func writeJSON<Sink: JSONSink>(to sink: inout Sink) {
        func content(_ inlines: [Inline]) {
            sink.array("content", inlines) { inline, sink in inline.writeJSON(to: &sink) }
        }
        func container(_ type: String, _ inlines: [Inline]) {
            sink.member("type", type)
            content(inlines)
        }
        sink.beginObject()
        switch self {
        case .text(let text):
            sink.member("type", "text")
            sink.member("text", text)
        case .emphasis(let inlines): container("emphasis", inlines)
        case .strong(let inlines): container("strong", inlines)
        case .strikethrough(let inlines): container("strikethrough", inlines)
        case .superscript(let inlines): container("superscript", inlines)
        case .subscript(let inlines): container("subscript", inlines)
        case .code(let text):
            sink.member("type", "code")
            sink.member("text", text)
        case .link(let link):
            sink.member("type", "link")
            sink.member("url", link.url)
            sink.member("title", link.title)
            content(link.content)
        case .image(let image):
            sink.member("type", "image")
            sink.member("source", image.source)
            sink.member("alt", image.alternativeText)
            sink.member("title", image.title)
        case .lineBreak:
            sink.member("type", "line_break")
        case .softBreak:
            sink.member("type", "soft_break")
        case .footnoteReference(let label):
            sink.member("type", "footnote_reference")
            sink.member("label", label)
        case .quoted(let quoted):
            sink.member("type", "quoted")
            sink.member("kind", quoted.kind.rawValue)
            content(quoted.content)
        case .span(let span):
            sink.member("type", "span")
            sink.member("id", span.id)
            if !span.classes.isEmpty { sink.strings("classes", span.classes) }
            content(span.content)
            if let math = span.math {
                sink.key("math")
                sink.beginObject()
                sink.member("display", math.display.rawValue)
                sink.member("tex", math.tex)
                sink.member("mathml", math.mathML)
                sink.endObject()
            }
        case .rawHTML(let html):
            sink.member("type", "raw_html")
            sink.member("html", html)
        }
        sink.endObject()
    }

    init(node: JSONNode) throws(DocumentJSONError) {
        func content() throws(DocumentJSONError) -> [Inline] { try node.required("content").inlines() }
        func text(_ key: String) throws(DocumentJSONError) -> String { try node.required(key).string() }
        let type = try node.required("type").string()
        switch type {
        case "text": self = .text(try text("text"))
        case "emphasis": self = .emphasis(try content())
        case "strong": self = .strong(try content())
        case "strikethrough": self = .strikethrough(try content())
        case "superscript": self = .superscript(try content())
        case "subscript": self = .subscript(try content())
        case "code": self = .code(try text("text"))
        case "link":
            self = .link(Link(url: try text("url"), title: try node.optional("title")?.string(), content: try content()))
        case "image":
            self = .image(
                Image(
                    source: try text("source"), alternativeText: try node.optional("alt")?.string() ?? "",
                    title: try node.optional("title")?.string()))
        case "line_break": self = .lineBreak
        case "soft_break": self = .softBreak
        case "footnote_reference": self = .footnoteReference(try text("label"))
        case "quoted":
            let kindNode = try node.required("kind")
            guard let kind = Quoted.Kind(rawValue: try kindNode.string()) else {
                throw kindNode.error("unknown quote kind")
            }
            self = .quoted(Quoted(kind: kind, content: try content()))
        case "span":
            self = .span(
                Span(
                    id: try node.optional("id")?.string(), classes: try node.optional("classes")?.strings() ?? [],
                    content: try content(), math: try node.optional("math").map(Math.init(node:))))
        case "raw_html": self = .rawHTML(try text("html"))
        default:
            throw node.error("unknown inline type \"\(type)\"")
        }
    }
}

extension Math {
    init(node: JSONNode) throws(DocumentJSONError) {
        let displayNode = try node.required("display")
        let displayName = try displayNode.string()
        guard let display = Math.Display(rawValue: displayName) else {
            throw displayNode.error("unknown display \"\(displayName)\"")
        }
        self.init(
            display: display, tex: try node.optional("tex")?.string(), mathML: try node.optional("mathml")?.string())
        guard tex != nil || mathML != nil else { throw node.error("a formula needs \"tex\" or \"mathml\"") }
    }
}

/// A JSON value together with its path from the root, so every decoding error can say where.
struct JSONNode {
    let value: JSONValue
    let path: String

    func error(_ reason: String) -> DocumentJSONError { DocumentJSONError(path: path, reason: reason) }

    func object() throws(DocumentJSONError) -> [(key: String, value: JSONValue)] {
        guard case .object(let members) = value else { throw error("expected an object") }
        return members
    }

    func optional(_ key: String) -> JSONNode? {
        guard case .object(let members) = value,
            let member = members.first(where: { $0.key == key }), member.value != .null
        else { return nil }
        return JSONNode(value: member.value, path: "\(path).\(key)")
    }

    func required(_ key: String) throws(DocumentJSONError) -> JSONNode {
        _ = try object()
        guard let node = optional(key) else { throw error("missing \"\(key)\"") }
        return node
    }

    func string() throws(DocumentJSONError) -> String {
        guard case .string(let text) = value else { throw error("expected a string") }
        return text
    }

    func bool() throws(DocumentJSONError) -> Bool {
        guard case .bool(let flag) = value else { throw error("expected true or false") }
        return flag
    }

    func int() throws(DocumentJSONError) -> Int {
        guard case .number(let text) = value, let number = Int(text) else { throw error("expected an integer") }
        return number
    }

    /// An integer written with digits only, clamped to `range` however many digits it has.
    func int(clampedTo range: ClosedRange<Int>) throws(DocumentJSONError) -> Int {
        guard case .number(let text) = value else { throw error("expected an integer") }
        if let number = Int(text) { return min(max(number, range.lowerBound), range.upperBound) }
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") }
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw error("expected an integer")
        }
        return text.hasPrefix("-") ? range.lowerBound : range.upperBound
    }

    func array() throws(DocumentJSONError) -> [JSONNode] {
        guard case .array(let values) = value else { throw error("expected an array") }
        return values.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]") }
    }

    func strings() throws(DocumentJSONError) -> [String] {
        try array().map { node throws(DocumentJSONError) in try node.string() }
    }

    func blocks() throws(DocumentJSONError) -> [Block] { try array().map(Block.init(node:)) }

    func inlines() throws(DocumentJSONError) -> [Inline] { try array().map(Inline.init(node:)) }
}

/// The `JSONValue` that `write` describes, for code that inspects the JSON form as a value.
private func jsonValue(_ write: (inout JSONValueBuilder) -> Void) -> JSONValue {
    var builder = JSONValueBuilder()
    write(&builder)
    return builder.value
}
