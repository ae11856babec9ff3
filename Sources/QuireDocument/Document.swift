/// A converted document: what every reader produces and every writer consumes.
///
/// Formats meet only through this tree, so a reader never needs to know which writer follows it.
/// It is a plain value: copies are independent, `==` compares content, and it encodes to the
/// versioned JSON schema described in `docs/json-format.md`.
public struct Document: Sendable, Equatable, Hashable {
    public var metadata: Metadata
    public var blocks: [Block]
    /// Files the document refers to (images, mostly), loaded or not.
    public var resources: [Resource]

    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], resources: [Resource] = []) {
        self.metadata = metadata
        self.blocks = blocks
        self.resources = resources
    }

    /// The deepest nesting of blocks and inlines a reader produces.
    ///
    /// Equality, hashing, encoding and freeing all recurse through the tree; past some tens of
    /// thousands of levels they overflow the stack. Readers flatten anything deeper into the
    /// deepest allowed container, keeping every word, and warn.
    public static let maximumDepth = 200
}

/// A file the document refers to, such as an image, identified by the URL or path used in the tree.
public struct Resource: Sendable, Equatable, Hashable {
    /// The reference exactly as it appears in `Inline.image` sources and `Metadata.coverImage`.
    public var url: String
    /// The IANA media type, once known (`image/png`).
    public var mediaType: String?
    /// The bytes, once loaded; `nil` while the resource is only referred to.
    public var data: [UInt8]?

    public init(url: String, mediaType: String? = nil, data: [UInt8]? = nil) {
        self.url = url
        self.mediaType = mediaType
        self.data = data
    }
}
