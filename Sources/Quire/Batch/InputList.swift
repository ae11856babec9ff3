/// `batch --files-from`: the inputs a pipeline lists, one path a line, each named by its path
/// relative to a root folder. Names relative to the root, not bare file names, keep the
/// `index.html` of two folders from writing the same output.
public struct InputList: Sendable {
    /// The folder outputs are named relative to, as given.
    public let root: String
    private let resolvedRoot: String

    public init(root: String) {
        self.root = root
        resolvedRoot = FileAccess.resolved(root)
    }

    /// The inputs `text` lists: one path a line; blank lines and lines starting with `#` (after
    /// any blanks) skipped; lines may end `\r\n`. A path outside the root is an error naming
    /// it: it has no relative name to give its output.
    public func inputs(listedIn text: String) throws(InputListError) -> [InputWalker.Input] {
        var inputs: [InputWalker.Input] = []
        var resolvedFolders: [String: String] = [:]
        // "\r\n" is one Character in Swift, so it is named as a separator of its own.
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty || content.hasPrefix("#") { continue }
            let path = String(line)
            guard let relativePath = relativePath(of: path, resolvedFolders: &resolvedFolders) else {
                throw InputListError(path: path, root: root)
            }
            inputs.append(InputWalker.Input(path: path, relativePath: relativePath))
        }
        return inputs
    }

    /// `path` relative to the root, its folder resolved through links but not its own name, so
    /// a link in the root to a file elsewhere is named as the link.
    private func relativePath(of path: String, resolvedFolders: inout [String: String]) -> String? {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let resolvedFolder: String
        if let known = resolvedFolders[folder] {
            resolvedFolder = known
        } else {
            resolvedFolder = FileAccess.resolved(folder)
            resolvedFolders[folder] = resolvedFolder
        }
        let absolute = (resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/") + name
        let prefix = resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/"
        guard absolute.hasPrefix(prefix), absolute.count > prefix.count else { return nil }
        return String(absolute.dropFirst(prefix.count))
    }
}

/// A listed input outside the root folder.
public struct InputListError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var root: String

    public var description: String {
        "\(path): outside the --root folder \(root); outputs are named by their path relative to it"
    }
}
