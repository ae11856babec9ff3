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
    /// The schema version this quire writes and the newest it reads.
    public static let jsonSchemaVersion = 1
    /// The value of the top-level `format` field, which tells a quire tree from other JSON.
    public static let jsonFormatName = "quire-document"

    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("format", .string(Document.jsonFormatName)),
            ("version", .integer(Document.jsonSchemaVersion)),
            ("metadata", metadata.json),
            ("blocks", .array(blocks.map(\.json))),
        ]
        if !resources.isEmpty { members.append(("resources", .array(resources.map(\.json)))) }
        return .object(members)
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
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        func add(_ key: String, _ value: String?) {
            if let value { members.append((key, .string(value))) }
        }
        func add(_ key: String, _ values: [String]) {
            if !values.isEmpty { members.append((key, .array(values.map(JSONValue.string)))) }
        }
        add("title", title)
        add("subtitle", subtitle)
        add("authors", authors)
        add("date", date?.iso8601)
        add("language", language)
        add("publisher", publisher)
        add("description", description)
        add("rights", rights)
        add("source_url", sourceURL)
        add("canonical_url", canonicalURL)
        add("identifier", identifier)
        add("keywords", keywords)
        add("cover_image", coverImage)
        if !extra.isEmpty { members.append(("extra", MetadataValue.map(extra).json)) }
        return .object(members)
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
        self.init(
            title: try string("title"), subtitle: try string("subtitle"), authors: try strings("authors"),
            date: date, language: try string("language"), publisher: try string("publisher"),
            description: try string("description"), rights: try string("rights"),
            sourceURL: try string("source_url"), canonicalURL: try string("canonical_url"),
            identifier: try string("identifier"), keywords: try strings("keywords"),
            coverImage: try string("cover_image"), extra: extra)
    }
}

extension MetadataValue {
    public var json: JSONValue {
        switch self {
        case .string(let text): return .string(text)
        case .bool(let value): return .bool(value)
        case .list(let values): return .array(values.map(\.json))
        case .map(let fields):
            return .object(fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
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
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("url", .string(url))]
        if let mediaType { members.append(("media_type", .string(mediaType))) }
        if let data { members.append(("data_base64", .string(Base64.encode(data)))) }
        return .object(members)
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
    public var json: JSONValue {
        func node(_ type: String, _ members: [(key: String, value: JSONValue)]) -> JSONValue {
            .object([("type", .string(type))] + members)
        }
        func blocks(_ blocks: [Block]) -> JSONValue { .array(blocks.map(\.json)) }
        func inlines(_ inlines: [Inline]) -> JSONValue { .array(inlines.map(\.json)) }
        func items(_ items: [ListItem]) -> JSONValue {
            .array(
                items.map { item in
                    .object((item.checked.map { [("checked", .bool($0))] } ?? []) + [("content", blocks(item.content))])
                })
        }
        func rows(_ rows: [TableRow]) -> JSONValue {
            .array(rows.map { .object([("cells", .array($0.cells.map(blocks)))]) })
        }
        switch self {
        case .paragraph(let content):
            return node("paragraph", [("content", inlines(content))])
        case .heading(let heading):
            return node(
                "heading",
                [("level", .integer(heading.level))] + (heading.id.map { [("id", .string($0))] } ?? [])
                    + [("content", inlines(heading.content))])
        case .blockQuote(let content):
            return node("block_quote", [("content", blocks(content))])
        case .bulletList(let list):
            return node("bullet_list", [("tight", .bool(list.isTight)), ("items", items(list.items))])
        case .orderedList(let list):
            return node(
                "ordered_list",
                [("start", .integer(list.start)), ("tight", .bool(list.isTight)), ("items", items(list.items))])
        case .definitionList(let definitions):
            return node(
                "definition_list",
                [
                    ("items", .array(definitions.map { .object([
                        ("term", inlines($0.term)), ("definitions", .array($0.definitions.map(blocks))),
                    ]) }))
                ])
        case .codeBlock(let code):
            return node(
                "code_block", (code.language.map { [("language", .string($0))] } ?? []) + [("text", .string(code.text))])
        case .thematicBreak:
            return node("thematic_break", [])
        case .table(let table):
            return node(
                "table",
                (table.caption.isEmpty ? [] : [("caption", inlines(table.caption))])
                    + [("alignments", .array(table.alignments.map { .string($0.rawValue) }))]
                    + (table.headerRows.isEmpty ? [] : [("header", rows(table.headerRows))])
                    + [("body", rows(table.bodyRows))]
                    + (table.footerRows.isEmpty ? [] : [("footer", rows(table.footerRows))]))
        case .figure(let figure):
            return node("figure", [("content", blocks(figure.content)), ("caption", inlines(figure.caption))])
        case .footnoteDefinition(let footnote):
            return node("footnote_definition", [("label", .string(footnote.label)), ("content", blocks(footnote.content))])
        case .container(let container):
            var members: [(key: String, value: JSONValue)] = []
            if let element = container.element { members.append(("element", .string(element))) }
            if let id = container.id { members.append(("id", .string(id))) }
            if !container.classes.isEmpty {
                members.append(("classes", .array(container.classes.map(JSONValue.string))))
            }
            return node("container", members + [("content", blocks(container.content))])
        }
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
                    start: try node.optional("start")?.int() ?? 1,
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
                FootnoteDefinition(label: try node.required("label").string(), content: try blocks("content")))
        case "container":
            self = .container(
                Container(
                    element: try node.optional("element")?.string(), id: try node.optional("id")?.string(),
                    classes: try node.optional("classes")?.strings() ?? [], content: try blocks("content")))
        default:
            throw node.error("unknown block type \"\(type)\"")
        }
    }
}

extension Inline {
    public var json: JSONValue {
        func node(_ type: String, _ members: [(key: String, value: JSONValue)] = []) -> JSONValue {
            .object([("type", .string(type))] + members)
        }
        func container(_ type: String, _ content: [Inline]) -> JSONValue {
            node(type, [("content", .array(content.map(\.json)))])
        }
        func optional(_ key: String, _ value: String?) -> [(key: String, value: JSONValue)] {
            value.map { [(key, .string($0))] } ?? []
        }
        switch self {
        case .text(let text): return node("text", [("text", .string(text))])
        case .emphasis(let content): return container("emphasis", content)
        case .strong(let content): return container("strong", content)
        case .strikethrough(let content): return container("strikethrough", content)
        case .superscript(let content): return container("superscript", content)
        case .subscript(let content): return container("subscript", content)
        case .code(let text): return node("code", [("text", .string(text))])
        case .link(let link):
            return node(
                "link",
                [("url", .string(link.url))] + optional("title", link.title)
                    + [("content", .array(link.content.map(\.json)))])
        case .image(let image):
            return node(
                "image",
                [("source", .string(image.source)), ("alt", .string(image.alternativeText))]
                    + optional("title", image.title))
        case .lineBreak: return node("line_break")
        case .softBreak: return node("soft_break")
        case .footnoteReference(let label): return node("footnote_reference", [("label", .string(label))])
        case .quoted(let quoted):
            return node("quoted", [("kind", .string(quoted.kind.rawValue)), ("content", .array(quoted.content.map(\.json)))])
        case .span(let span):
            var members = optional("id", span.id)
            if !span.classes.isEmpty { members.append(("classes", .array(span.classes.map(JSONValue.string)))) }
            return node("span", members + [("content", .array(span.content.map(\.json)))])
        }
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
                    content: try content()))
        default:
            throw node.error("unknown inline type \"\(type)\"")
        }
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
