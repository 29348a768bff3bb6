/// The files one official role is set in under the loaded `fonts.conf`, as `jixiao fonts`
/// prints them and J044 checks them.
///
/// With the Common cuts installed (`fonts/setup.sh` makes them) a role resolves to two files:
/// its Common cut, which draws the characters of GB2312 level 1 and every non-Han character,
/// and the full Fandol face behind it for the rest. Without them it resolves to the full face
/// alone, which is slower to embed but looks the same.
///
/// ```swift
/// let fang = session.resolvedFonts()[0]
/// fang.file        // ".../fonts/FandolFang-Regular.common.otf"
/// fang.fullFile    // ".../fonts/FandolFang-Regular.otf"
/// fang.isOwnFamily // true
/// ```
public struct ResolvedFont: Hashable, Sendable {
    public var role: FontRole
    /// The file the role's family resolves to first (`fc-match`): its Common cut, its full face,
    /// or, when neither is installed, a stand-in; nil when nothing matches at all.
    public var file: String?
    /// The family of `file`: `role.commonFamily`, `role.family`, or a stand-in's.
    public var family: String?
    /// The role's full face, the font whose own family is `role.family` (the file `file` is
    /// when no Common cut is installed); nil when the full face is not installed.
    public var fullFile: String?

    public init(role: FontRole, file: String?, family: String?, fullFile: String?) {
        self.role = role
        self.file = file
        self.family = family
        self.fullFile = fullFile
    }

    /// Whether `file` is a Common cut with the role's full face behind it.
    public var isCommonCut: Bool { family == role.commonFamily && fullFile != nil }

    /// Whether `file` is a Common cut with no full face behind it: the characters outside the
    /// cut would come from a stand-in.
    public var isCommonCutAlone: Bool { family == role.commonFamily && fullFile == nil }

    /// Whether the role is set in its own typeface: its full face, or its Common cut with the
    /// full face behind it for the characters the cut lacks. A Common cut alone is not enough:
    /// a character outside it would silently come from a stand-in.
    public var isOwnFamily: Bool { family == role.family || isCommonCut }
}
