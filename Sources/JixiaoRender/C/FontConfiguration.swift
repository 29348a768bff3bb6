import CPangoCairo

/// Owns one private fontconfig configuration, loaded from the project's `fonts/fonts.conf`.
///
/// The renderer sees only the fonts this file lists, never the user's desktop fonts, so the
/// same report gives the same PDF on every machine.
final class FontConfiguration {
    private let config: OpaquePointer
    let path: String

    init(loading path: String) throws(RenderError) {
        guard let config = FcConfigCreate() else { throw .fontConfiguration(path: path) }
        guard FcConfigParseAndLoad(config, path, 1) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            throw .fontConfiguration(path: path)
        }
        self.config = config
        self.path = path
    }

    deinit { FcConfigDestroy(config) }

    func withRaw<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R { try body(config) }

    /// The file a family name resolves to under this configuration (`fc-match` semantics),
    /// and whether that file's family is the one asked for.
    func match(family: String) -> (file: String, family: String)? {
        guard let pattern = substitutedPattern(family: family) else { return nil }
        defer { FcPatternDestroy(pattern) }
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        return Self.fileAndFamily(of: font)
    }

    /// Every font a family name's fallback chain holds, best first (`fc-match -s` semantics:
    /// a font that adds no character to those before it is left out): where the characters a
    /// family's first font lacks come from.
    func fallbackChain(family: String) -> [(file: String, family: String)] {
        guard let pattern = substitutedPattern(family: family) else { return [] }
        defer { FcPatternDestroy(pattern) }
        var result = FcResultNoMatch
        guard let fonts = FcFontSort(config, pattern, 1, nil, &result) else { return [] }
        defer { FcFontSetDestroy(fonts) }
        let count = Int(fonts.pointee.nfont)
        guard count > 0, let list = fonts.pointee.fonts else { return [] }
        return (0..<count).compactMap { index in list[index].flatMap(Self.fileAndFamily(of:)) }
    }

    /// `family` as a pattern with this configuration's rules and the defaults applied (owned by the caller).
    private func substitutedPattern(family: String) -> OpaquePointer? {
        guard let pattern = FcNameParse(family) else { return nil }
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        return pattern
    }

    private static func fileAndFamily(of font: OpaquePointer) -> (file: String, family: String)? {
        var file: UnsafeMutablePointer<FcChar8>?
        var name: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file,
              FcPatternGetString(font, FC_FAMILY, 0, &name) == FcResultMatch, let name else { return nil }
        return (String(cString: file), String(cString: name))
    }

    /// Whether any font of this configuration has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        guard let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        guard let charset = FcCharSetCreate() else { return false }
        defer { FcCharSetDestroy(charset) }
        FcCharSetAddChar(charset, scalar.value)
        FcPatternAddCharSet(pattern, FC_CHARSET, charset)
        guard let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        FcObjectSetAdd(objects, FC_FILE)
        guard let fonts = FcFontList(config, pattern, objects) else { return false }
        defer { FcFontSetDestroy(fonts) }
        return fonts.pointee.nfont > 0
    }
}
