import Glibc

/// Finds the documents under the paths a batch is given, in a stable order.
public struct InputWalker: Sendable {
    public struct Options: Sendable, Equatable {
        /// Globs a file must match (its path relative to the input folder, or its name); none means all.
        public var include: [String] = []
        /// Globs that exclude a file, or a whole folder when they match it.
        public var exclude: [String] = []
        public var includeHidden = false
        public var followLinks = false
        /// Lower-case extensions, without the dot, of the files that count as documents; each
        /// also with `.gz` after it (`page.html.gz`).
        public var extensions: Set<String> = ["html", "htm", "xhtml", "md", "markdown", "txt", "json"]

        public init() {}
    }

    /// A document found by the walk.
    public struct Input: Sendable, Equatable {
        /// The path to open.
        public var path: String
        /// The path relative to the folder it was found in (its name for a file given directly),
        /// which the output mirrors.
        public var relativePath: String

        public init(path: String, relativePath: String) {
            self.path = path
            self.relativePath = relativePath
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// What a walk found: the documents, and the symbolic links named like documents that point
    /// to nothing, which are skipped but never silently.
    public struct Walk: Sendable, Equatable {
        public var inputs: [Input] = []
        public var brokenLinks: [String] = []
    }

    /// Every document under `roots`, each root's in byte order of path; a root that is a file is
    /// taken as it is, whatever its extension.
    public func inputs(under roots: [String]) throws(FileAccessError) -> [Input] {
        try walk(roots).inputs
    }

    /// The documents under `roots`, as `inputs(under:)`, and the broken links among them.
    public func walk(_ roots: [String]) throws(FileAccessError) -> Walk {
        var result = Walk()
        var found: [Input] = []
        for root in roots {
            var status = stat()
            guard stat(SystemPath.cString(root), &status) == 0 else {
                throw FileAccessError(path: root, reason: FileAccess.reason(for: errno))
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<FileIdentity> = [FileIdentity(status)]
                try walk(directory: root, relative: "", visited: &visited, into: &found, brokenLinks: &result.brokenLinks)
            } else {
                found.append(Input(path: root, relativePath: root.split(separator: "/").last.map(String.init) ?? root))
            }
        }
        result.inputs = found
        return result
    }

    /// Iterative, so no folder depth can exhaust the stack.
    private func walk(
        directory root: String, relative: String, visited: inout Set<FileIdentity>, into found: inout [Input],
        brokenLinks: inout [String]
    ) throws(FileAccessError) {
        var pending = [(path: root, relative: relative)]
        while let (directory, prefix) = pending.popLast() {
            guard let handle = opendir(SystemPath.cString(directory)) else {
                throw FileAccessError(path: directory, reason: FileAccess.reason(for: errno))
            }
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { SystemPath.string($0.prefix { $0 != 0 }) }
                if name != ".", name != ".." { names.append(name) }
            }
            closedir(handle)
            var subdirectories: [(path: String, relative: String)] = []
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                if name.hasPrefix("."), !options.includeHidden { continue }
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let relativePath = prefix.isEmpty ? name : prefix + "/" + name
                var linkStatus = stat()
                guard lstat(SystemPath.cString(path), &linkStatus) == 0 else { continue }
                var status = linkStatus
                if matches(options.exclude, relativePath, name) { continue }
                if linkStatus.st_mode & S_IFMT == S_IFLNK {
                    guard stat(SystemPath.cString(path), &status) == 0 else {
                        if isDocumentName(name, relativePath) { brokenLinks.append(path) }
                        continue
                    }
                    guard options.followLinks else { continue }
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    // A folder already on the way here (through a link) would loop forever.
                    guard visited.insert(FileIdentity(status)).inserted else { continue }
                    subdirectories.append((path, relativePath))
                } else if status.st_mode & S_IFMT == S_IFREG, isDocumentName(name, relativePath) {
                    found.append(Input(path: path, relativePath: relativePath))
                }
            }
            // Depth first, in name order: the stack takes the folders in reverse.
            pending += subdirectories.reversed()
        }
    }

    /// A name the walk takes as a document: a known extension, and matching `--include`.
    private func isDocumentName(_ name: String, _ relativePath: String) -> Bool {
        guard let fileExtension = Formats.pathExtension(CompressedInput.innerName(name)),
            options.extensions.contains(fileExtension)
        else { return false }
        return options.include.isEmpty || matches(options.include, relativePath, name)
    }

    private func matches(_ globs: [String], _ relativePath: String, _ name: String) -> Bool {
        globs.contains { glob in fnmatch(glob, relativePath, FNM_PATHNAME) == 0 || fnmatch(glob, name, 0) == 0 }
    }
}

/// A file's device and inode: the same file, whatever path reaches it.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
