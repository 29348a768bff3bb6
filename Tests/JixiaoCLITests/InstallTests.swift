import Foundation
import Testing

/// `make install` and `make uninstall` from the user's side: `scripts/install.sh` into a
/// temporary DESTDIR or PREFIX, the installed `jixiao` run from `/` with no `JIXIAO_FONTS`, its
/// manual page read with `man -l`, then an uninstall that leaves nothing behind.
///
/// The script installs the `jixiao` these tests run (the debug build beside them) through
/// `--binary`, so the suite takes seconds; `make install` itself builds release. The script's
/// own build cannot run here: `swift test` holds the lock on `.build`, and a nested
/// `swift build -c release` waits for it forever. To test a release binary, build it first and
/// name it: `swift build -c release && JIXIAO_INSTALL_TEST_BINARY=.build/release/jixiao swift test
/// --filter InstallTests`.
@Suite(.serialized) struct InstallTests {
    static let script = CLI.repository.appendingPathComponent("scripts/install.sh").path
    static let subcommands = ["check", "score", "render", "import", "new", "template", "batch", "verify", "extract", "fonts", "serve"]

    /// The `jixiao` to install: `$JIXIAO_INSTALL_TEST_BINARY` (relative to the repository), or the one under test.
    static var binary: String {
        guard let named = ProcessInfo.processInfo.environment["JIXIAO_INSTALL_TEST_BINARY"], !named.isEmpty else {
            return CLI.binary.path
        }
        return URL(fileURLWithPath: named, relativeTo: CLI.repository).path
    }

    /// A user's shell: the test's environment without `JIXIAO_FONTS`, and a font cache inside
    /// `root` so the user's own cache does not collect temporary folders.
    static func userEnvironment(root: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["JIXIAO_FONTS"] = nil
        environment["XDG_CACHE_HOME"] = root.appendingPathComponent("cache").path
        return environment
    }

    static func runScript(_ action: String, prefix: String, destdir: String? = nil, root: URL) throws -> CLI.Result {
        var arguments = [script, action, "--prefix", prefix]
        if let destdir { arguments += ["--destdir", destdir] }
        if action == "install" { arguments += ["--binary", binary] }
        return try CLI.execute("/bin/bash", arguments, in: CLI.repository, environment: userEnvironment(root: root))
    }

    /// What an install must put under PREFIX, from the repository itself: the binary, fonts.conf
    /// and every font SHA256SUMS and SHA256SUMS.common name (the six Fandol fonts and their Common
    /// cuts), the scheme and example YAML files, the manual page, three completions and the manifest.
    static func expectedFiles() throws -> Set<String> {
        let sums = try ["fonts/SHA256SUMS", "fonts/SHA256SUMS.common"].map {
            try String(contentsOf: CLI.repository.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        let fonts = sums.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(fonts.count == 12)
        #expect(fonts.filter { $0.hasSuffix(".common.otf") }.count == 6)
        func yaml(in folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".yaml") }
        }
        let schemes = try yaml(in: "assets/schemes")
        let examples = try yaml(in: "assets/examples")
        #expect(schemes.count >= 2 && examples.count >= 2)
        var files: Set<String> = ["bin/jixiao", "share/jixiao/fonts/fonts.conf", "share/jixiao/install-manifest.txt",
                                  "share/man/man1/jixiao.1", "share/bash-completion/completions/jixiao",
                                  "share/zsh/site-functions/_jixiao", "share/fish/vendor_completions.d/jixiao.fish"]
        files.formUnion(fonts.map { "share/jixiao/fonts/" + $0 })
        files.formUnion(schemes.map { "share/jixiao/schemes/" + $0 })
        files.formUnion(examples.map { "share/jixiao/examples/" + $0 })
        return files
    }

    /// Every path under `folder`, relative and sorted; [] when the folder does not exist.
    static func contents(of folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    /// The regular files under `folder`, relative.
    static func files(under folder: URL) -> Set<String> {
        Set(contents(of: folder).filter { relative in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        })
    }

    @Test func theInstalledJixiaoRendersFromTheRootFolderWithNoFontVariableThenUninstallLeavesNothing() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let destdir = root.appendingPathComponent("dest")
        let prefix = "/opt/jixiao"
        let installed = destdir.appendingPathComponent("opt/jixiao")

        let install = try Self.runScript("install", prefix: prefix, destdir: destdir.path, root: root)
        #expect(install.status == 0, "\(install.stderr)")

        // Exactly the expected files, and the manifest lists each of them under PREFIX (not DESTDIR).
        let expected = try Self.expectedFiles()
        #expect(expected.count == 24)
        #expect(Self.files(under: destdir) == Set(expected.map { "opt/jixiao/" + $0 }))
        let manifest = try String(contentsOf: installed.appendingPathComponent("share/jixiao/install-manifest.txt"), encoding: .utf8)
        let listed = manifest.split(separator: "\n").filter { $0.hasPrefix("f ") }.map { String($0.dropFirst(2)) }
        #expect(Set(listed) == Set(expected.map { prefix + "/" + $0 }))
        #expect(manifest.split(separator: "\n").filter { $0.hasPrefix("d ") }.count >= 10)

        // From /, as a user would, with the fonts found beside the binary.
        let jixiao = installed.appendingPathComponent("bin/jixiao").path
        let environment = Self.userEnvironment(root: root)
        let slash = URL(fileURLWithPath: "/")
        let fonts = try CLI.execute(jixiao, ["fonts"], in: slash, environment: environment)
        #expect(fonts.status == 0, "\(fonts.stderr)")
        #expect(fonts.stdout.contains("字体配置 font configuration: \(installed.path)/share/jixiao/fonts/fonts.conf"), "\(fonts.stdout)")
        #expect(fonts.stdout.contains("→ \(installed.path)/share/jixiao/fonts/FandolFang-Regular.common.otf\n"), "\(fonts.stdout)")
        #expect(fonts.stderr.isEmpty, "\(fonts.stderr)")

        let pdf = root.appendingPathComponent("x.pdf")
        let example = installed.appendingPathComponent("share/jixiao/examples/linzhi-2024-kunnan-zhigong.yaml").path
        let render = try CLI.execute(jixiao, ["render", example, "-o", pdf.path], in: slash, environment: environment)
        #expect(render.status == 0, "\(render.stderr.suffix(400))")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output
        #expect(text.contains("林芝市总工会"))
        let faces = try CommonFontTests.embeddedFaces(pdf.path)
        #expect(!faces.isEmpty && faces.allSatisfy { $0.family.hasSuffix(" Common") }, "the installed Common cuts are used: \(faces)")

        // The manual page: every subcommand's section, the Chinese kept, options as ASCII.
        var manEnvironment = environment
        manEnvironment["LC_ALL"] = "C.UTF-8"
        manEnvironment["MANWIDTH"] = "80"
        let manPage = installed.appendingPathComponent("share/man/man1/jixiao.1").path
        let man = try CLI.execute("/usr/bin/env", ["man", "-l", manPage], in: slash, environment: manEnvironment)
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stdout.contains("JIXIAO(1)"))
        #expect(man.stdout.contains("项目支出绩效自评报告"))
        #expect(man.stdout.contains("-o, --output <out.pdf>"))
        let sections = man.stdout.split(separator: "\n").filter { $0.hasPrefix("   jixiao ") }.map { $0.dropFirst(10) }
        #expect(sections.map(String.init) == Self.subcommands)

        // The completions are the binary's own scripts.
        let share = installed.appendingPathComponent("share")
        let bash = try CLI.execute("/bin/bash", ["-n", share.appendingPathComponent("bash-completion/completions/jixiao").path],
                                   in: slash, environment: environment)
        #expect(bash.status == 0, "\(bash.stderr)")
        let zsh = try String(contentsOf: share.appendingPathComponent("zsh/site-functions/_jixiao"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef jixiao"))
        let fish = try String(contentsOf: share.appendingPathComponent("fish/vendor_completions.d/jixiao.fish"), encoding: .utf8)
        #expect(fish.contains("complete -c 'jixiao'"))

        let uninstall = try Self.runScript("uninstall", prefix: prefix, destdir: destdir.path, root: root)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(uninstall.stdout.contains("removed 24 files"), "\(uninstall.stdout)")
        // DESTDIR itself is the caller's; everything the install made inside it is gone.
        #expect(Self.contents(of: destdir) == [])
    }

    @Test func uninstallRemovesAPrefixTheInstallCreated() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("jx")
        let install = try Self.runScript("install", prefix: prefix.path, root: root)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(Self.files(under: prefix).count == 24)
        let uninstall = try Self.runScript("uninstall", prefix: prefix.path, root: root)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(!FileManager.default.fileExists(atPath: prefix.path))
    }

    @Test func uninstallKeepsFoldersThatWereThereAndFilesItDidNotInstall() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("usr")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("other\n".utf8).write(to: prefix.appendingPathComponent("bin/other-tool"))
        // Twice: the second install must still know which folders the first one created.
        for _ in 0..<2 {
            let install = try Self.runScript("install", prefix: prefix.path + "/", root: root)
            #expect(install.status == 0, "\(install.stderr)")
        }
        try Data("mine\n".utf8).write(to: prefix.appendingPathComponent("share/jixiao/notes.txt"))

        let uninstall = try Self.runScript("uninstall", prefix: prefix.path, root: root)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(uninstall.stderr.contains("保留 kept \(prefix.path)/share/jixiao"), "\(uninstall.stderr)")
        #expect(Self.contents(of: prefix) == ["bin", "bin/other-tool", "share", "share/jixiao", "share/jixiao/notes.txt"])
    }

    @Test func aFailedInstallLeavesAManifestThatUninstallTakesBack() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("p")
        // A file where the manual page's folder must go: the install stops there.
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("share"), withIntermediateDirectories: true)
        try Data().write(to: prefix.appendingPathComponent("share/man"))
        let install = try Self.runScript("install", prefix: prefix.path, root: root)
        #expect(install.status == 1)
        #expect(install.stderr.contains("安装未完成 install incomplete"), "\(install.stderr)")
        #expect(Self.files(under: prefix).count > 10)

        let uninstall = try Self.runScript("uninstall", prefix: prefix.path, root: root)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(Self.contents(of: prefix) == ["share", "share/man"])
    }

    @Test func uninstallWithoutAnInstallSaysSoAndTouchesNothing() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("never")
        let uninstall = try Self.runScript("uninstall", prefix: prefix.path, root: root)
        #expect(uninstall.status == 1)
        #expect(uninstall.stderr.contains("install-manifest.txt 不存在"), "\(uninstall.stderr)")
        #expect(!FileManager.default.fileExists(atPath: prefix.path))
    }
}
