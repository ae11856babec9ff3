/// quire's version, shown by `quire --version` and written into EPUB metadata.
public let quireVersion = "0.1.0"
