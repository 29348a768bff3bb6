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
        // The process's current configuration too: Pango's font map starts a thread that calls
        // FcInit, which would otherwise load the system's configuration and scan its fonts (a
        // fifth of a cold start's font work) only for nothing to use them. fontconfig keeps its
        // own reference to the current configuration, so this one may be destroyed first.
        FcConfigSetCurrent(config)
        self.config = config
        self.path = path
    }

    deinit { FcConfigDestroy(config) }

    func withRaw<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R { try body(config) }

    /// The file a family name resolves to under this configuration (`fc-match` semantics),
    /// and whether that file's family is the one asked for.
    func match(family: String) -> (file: String, family: String)? {
        guard let pattern = pattern(family: family, applyingRules: true) else { return nil }
        defer { FcPatternDestroy(pattern) }
        return bestMatch(for: pattern)
    }

    /// The font whose own family is `family`, passing over the aliases of `fonts.conf` (so
    /// "FandolFang" finds FandolFang-Regular.otf even though the configuration puts its Common
    /// cut first), or nil when no font has that family. One match over the font list: cheaper
    /// than sorting the fallback chain (`FcFontSort` with trimming merges the character sets of
    /// every CJK face, about 2 M instructions a call).
    func fontOwning(family: String) -> (file: String, family: String)? {
        guard let pattern = pattern(family: family, applyingRules: false) else { return nil }
        defer { FcPatternDestroy(pattern) }
        return bestMatch(for: pattern).flatMap { $0.family == family ? $0 : nil }
    }

    private func bestMatch(for pattern: OpaquePointer) -> (file: String, family: String)? {
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        return Self.fileAndFamily(of: font)
    }

    /// `family` as a pattern (owned by the caller) with the defaults applied, and this
    /// configuration's rules (aliases, fallbacks) too when `applyingRules`.
    private func pattern(family: String, applyingRules: Bool) -> OpaquePointer? {
        guard let pattern = FcNameParse(family) else { return nil }
        if applyingRules { FcConfigSubstitute(config, pattern, FcMatchPattern) }
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
