import QuireDocument

/// One conversion from input bytes to output bytes: read, adjust, write.
///
/// The CLI and other Swift programs call this; it touches no files, so the caller decides where
/// bytes come from and go to.
public struct Pipeline: Sendable {
    /// The input format, or `nil` to choose one per input from its extension or content.
    public var reader: ReaderFormat?
    public var writer: WriterFormat
    public var options: FormatOptions
    /// Fields set by the user (`--metadata key=value`) that override what the input says.
    public var metadataOverrides: [(key: String, value: String)]
    /// Loads the images a book writer embeds; each input's relative paths resolve from its own folder.
    public var resourceLoader: (any ResourceLoading)?
    /// Which boilerplate transforms run after each input is read (by default: web pages only).
    public var boilerplate: BoilerplateOptions

    public init(
        reader: ReaderFormat?, writer: WriterFormat, options: FormatOptions = FormatOptions(),
        metadataOverrides: [(key: String, value: String)] = [], resourceLoader: (any ResourceLoading)? = nil,
        boilerplate: BoilerplateOptions = BoilerplateOptions()
    ) {
        self.reader = reader
        self.writer = writer
        self.options = options
        self.metadataOverrides = metadataOverrides
        self.resourceLoader = resourceLoader
        self.boilerplate = boilerplate
    }

    /// Reads each input and joins them into one document. For a book writer, several inputs
    /// become the parts of an anthology (`Anthology`); otherwise they run together, with the first
    /// input's metadata and every input's blocks and resources in order, as pandoc does.
    public func read(_ inputs: [ReaderInput], warnings: inout [ConversionWarning]) throws -> Document {
        var stripped: [StrippedBlock] = []
        return try read(inputs, warnings: &warnings, stripped: &stripped)
    }

    /// `read(_:warnings:)`, also listing in `stripped` every block the boilerplate transforms
    /// removed, with the reason.
    public func read(
        _ inputs: [ReaderInput], warnings: inout [ConversionWarning], stripped: inout [StrippedBlock]
    ) throws -> Document {
        var documents: [Document] = []
        for input in inputs {
            documents.append(
                try readDocument(input, warnings: &warnings, stripped: &stripped, asPartOfAnthology: inputs.count > 1))
        }
        return try combine(documents)
    }

    /// One input read, cleaned, and with its resources when the writer carries them: what
    /// `read` does for each input before joining them. `asPartOfAnthology`: the document will be
    /// one part of a book of several (`combine`), whose cover is not any part's.
    public func readDocument(
        _ input: ReaderInput, warnings: inout [ConversionWarning], stripped: inout [StrippedBlock],
        asPartOfAnthology: Bool = false
    ) throws -> Document {
        if let kind = MediaTypeSniffer.binaryKind(of: input.bytes) {
            throw PipelineError.notADocument(file: input.name, kind: kind)
        }
        let format = try readerFormat(for: input)
        var document = try format.read(input, options, &warnings)
        // Plain text and books carry no raw HTML (`RawHTMLResolution`): resolved now, a book's
        // images in it are loaded and its links checked like the rest.
        if !RawHTMLResolution.isCarried(by: writer) {
            var flattened = false
            document = RawHTMLResolution.apply(to: document, flattened: &flattened)
            if flattened {
                warnings.append(
                    ConversionWarning(
                        file: input.name, message: "nesting deeper than \(Document.maximumDepth) levels was flattened (no text was lost)"))
            }
        }
        // Before anything else sees the tree: no writer may get a script-capable URL.
        document = UnsafeURLRemoval.apply(to: document, file: input.name, warnings: &warnings)
        document = clean(document, readBy: format, file: input.name, warnings: &warnings, stripped: &stripped)
        if format.isWebPage, writer.isBook || writer.name == WriterFormat.html.name {
            document = SiteClassRemoval.apply(to: document)
        }
        // A fetched page's source is where the fetch ended, after redirects.
        if URLFetcher.isURL(input.name) { document.metadata.sourceURL = input.name }
        if writer.isBook, let resourceLoader {
            // A cover the book will not show is not downloaded (`--no-cover`, anthologies).
            if !options.epubWriter.includesCover || asPartOfAnthology { document.metadata.coverImage = nil }
            document = resourceLoader.loadResources(
                of: document, readFrom: input, judgesTheCover: format.isWebPage, warnings: &warnings)
        }
        return document
    }

    /// Documents read by `readDocument` joined into one, with the metadata overrides applied.
    public func combine(_ documents: [Document]) throws -> Document {
        var combined: Document
        if writer.isBook, documents.count > 1 {
            combined = Anthology.book(documents)
        } else {
            combined = Document(metadata: documents.first?.metadata ?? Metadata())
            for document in documents {
                combined.blocks += document.blocks
                combined.resources += document.resources.filter { !combined.resources.contains($0) }
            }
        }
        for (key, value) in metadataOverrides {
            try combined.metadata.set(key, to: value)
        }
        return combined
    }

    /// The boilerplate transforms `boilerplate` chooses for documents `format` reads.
    public func clean(
        _ document: Document, readBy format: ReaderFormat, file: String, warnings: inout [ConversionWarning],
        stripped: inout [StrippedBlock]
    ) -> Document {
        var document = document
        var removed: [StrippedBlock] = []
        if boilerplate.extractsArticle(readBy: format) {
            document = ArticleExtraction.extract(
                document, file: file, rules: boilerplate.rules, warnings: &warnings, stripped: &removed)
        }
        if boilerplate.removesAppeals(readBy: format) {
            var nearMisses: [StrippedBlock] = []
            document = AppealRemoval.remove(
                from: document, rules: boilerplate.rules, stripped: &removed, nearMisses: &nearMisses)
            if boilerplate.reportsNearMisses {
                warnings += nearMisses.map {
                    ConversionWarning(file: file, message: "kept, though it asks the reader (\(boilerplate.rules.readableReason($0.reason))): \($0.text)")
                }
            }
        }
        for index in removed.indices {
            removed[index].file = file
            removed[index].reason = boilerplate.rules.readableReason(removed[index].reason)
        }
        if boilerplate.includesStripped, !removed.isEmpty {
            document.metadata.extra["stripped"] = .list(removed.map(\.metadataValue))
        }
        stripped += removed
        return document
    }

    /// The reader chosen by the caller, else the one for the declared media type (HTTP), else
    /// the one for the file's extension, else the one the content looks like.
    public func readerFormat(for input: ReaderInput) throws(PipelineError) -> ReaderFormat {
        if let reader { return reader }
        if let mediaType = input.mediaType, let format = Formats.reader(forMediaType: mediaType) { return format }
        if let format = Formats.reader(forPath: input.name) { return format }
        let guess = Formats.sniffedFormatName(of: input.bytes)
        guard let format = Formats.reader(named: guess) else {
            throw .unreadableFormat(file: input.name, guess: guess)
        }
        return format
    }

    public func convert(_ inputs: [ReaderInput], warnings: inout [ConversionWarning]) throws -> [UInt8] {
        try writer.write(read(inputs, warnings: &warnings), options)
    }
}

public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input looks like a format that has no reader in this build.
    case unreadableFormat(file: String, guess: String)
    /// The input is compressed, an archive, a PDF or an image (`kind` says which).
    case notADocument(file: String, kind: String)

    public var description: String {
        switch self {
        case .notADocument(let file, let kind):
            return "\(file): not a document quire reads (it is \(kind))"
        case .unreadableFormat(let file, let guess):
            let known = Formats.readers.map(\.name).joined(separator: ", ")
            return "\(file): looks like \(guess), which quire cannot read (readers: \(known)); choose one with -f"
        }
    }
}
