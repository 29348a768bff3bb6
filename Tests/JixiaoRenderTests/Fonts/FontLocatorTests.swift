import Foundation
import Testing
@testable import JixiaoRender

/// Where `FontLocator` looks: `$JIXIAO_FONTS` alone when set, then the installed share folder
/// beside the executable, then the repository's `fonts/`.
@Suite struct FontLocatorTests {
    /// An installed tree in a new temporary folder: `bin/jixiao` and
    /// `share/jixiao/fonts/fonts.conf`. Returns the root (symlinks resolved) and the conf path.
    static func installedTree() throws -> (root: URL, configuration: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-locator-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        let fonts = root.appendingPathComponent("share/jixiao/fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: root.appendingPathComponent("bin/jixiao"))
        let configuration = fonts.appendingPathComponent(FontLocator.configurationName)
        try Data("<fontconfig/>\n".utf8).write(to: configuration)
        return (root, configuration.path)
    }

    @Test func theInstalledShareFolderComesFirst() throws {
        let tree = try Self.installedTree()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let executable = tree.root.appendingPathComponent("bin/jixiao").path
        // The tests run in the repository, whose ./fonts/fonts.conf exists: the share one must still win.
        #expect(FontLocator.configurationPath(environment: [:], executable: executable) == tree.configuration)
        let folders = FontLocator.candidateFolders(executable: executable)
        #expect(folders.count == 8)
        #expect(folders.first?.path == tree.root.appendingPathComponent("share/jixiao/fonts").path)
    }

    @Test func aSymlinkToTheExecutableFindsTheShareFolderOfItsTarget() throws {
        let tree = try Self.installedTree()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let elsewhere = tree.root.appendingPathComponent("elsewhere/bin")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let link = elsewhere.appendingPathComponent("jixiao")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: tree.root.appendingPathComponent("bin/jixiao"))
        #expect(FontLocator.configurationPath(environment: [:], executable: link.path) == tree.configuration)
    }

    @Test func anExplicitFolderIsUsedAloneEvenWhenTheShareFolderExists() throws {
        let tree = try Self.installedTree()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let executable = tree.root.appendingPathComponent("bin/jixiao").path
        let empty = tree.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(FontLocator.configurationPath(environment: ["JIXIAO_FONTS": empty.path], executable: executable) == nil)
        let chosen = tree.root.appendingPathComponent("share/jixiao/fonts").path
        #expect(FontLocator.configurationPath(environment: ["JIXIAO_FONTS": chosen], executable: "/nowhere/jixiao") == tree.configuration)
    }

    @Test func aBuildInTheRepositoryFindsTheRepositoryFonts() {
        let executable = RenderFixtures.repository.appendingPathComponent(".build/debug/jixiao").path
        let found = FontLocator.configurationPath(environment: [:], executable: executable)
        #expect(found == RenderFixtures.fontsConf)
    }

    @Test func theRunningExecutableIsAnAbsolutePathToThisProcess() {
        let path = FontLocator.runningExecutable()
        #expect(path.hasPrefix("/"), "\(path)")
        #expect(FileManager.default.isExecutableFile(atPath: path), "\(path)")
    }
}
