/// A .docx's automatic numbering: the lists of `word/numbering.xml` and which paragraph styles
/// number their paragraphs. Word keeps a numbered heading's 一、 or （一） out of the text (the
/// paragraph says only "list 2, level 1"), so without this a report numbered by Word reads as
/// body text with no headings at all.
///
/// A paragraph's list comes from its own `w:numPr`, else from its style's (through `basedOn`);
/// `numId` 0 means "not numbered", which is how a paragraph turns off its style's numbering.
/// `ListCounters` turns the references into the labels Word shows.
struct WordNumbering: Sendable {
    /// One level of a list (`w:lvl`).
    struct Level: Hashable, Sendable {
        var start = 1
        var format = ListNumberFormat.decimal
        /// `%1、`, `（%2）`, `%1.%2`: `%n` is level n's counter.
        var text = ""
        /// What Word puts between the label and the text: a tab (its default), a space, or nothing.
        var suffix = "tab"
        /// `w:lvlRestart`: the level restarts when a level whose 0-based index is below this is
        /// used (its value is the 1-based level it restarts after; 0 never restarts). Nil is
        /// Word's default: any higher level restarts it.
        var restartBelow: Int?
        /// `w:isLgl`: every counter of the label in decimal (legal numbering, 1.1.1).
        var legal = false
        /// The paragraph style linked to this level (`w:pStyle`).
        var style: String?
    }

    /// A list instance (`w:num`): the abstract list it numbers by and its overrides.
    struct Instance: Hashable, Sendable {
        var abstract: String
        /// Level → the value it restarts at the first time this instance is used.
        var startOverrides: [Int: Int] = [:]
        /// Levels this instance redefines (`w:lvlOverride/w:lvl`).
        var levelOverrides: [Int: Level] = [:]
    }

    /// Where a paragraph is numbered: the instance and the 0-based level.
    struct Reference: Hashable, Sendable {
        var list: String
        var level: Int
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]
    /// Style id → its own `w:numPr` (either part may be missing) and the style it is based on.
    private var styles: [String: (list: String?, level: Int?, basedOn: String?)] = [:]

    init() {}

    /// Levels deeper than Word's nine are no part of any list; a hostile file's `ilvl` of a
    /// billion would otherwise size the counters.
    static let levelCount = 9
    /// Word's own bound on a start value; a hostile `w:start` of `Int.max` would otherwise
    /// overflow the counter on the next paragraph.
    static let startRange = 0...32_767

    init(numbering: MarkupElement?, styles: MarkupElement?) {
        for abstract in numbering?.elements("abstractNum") ?? [] {
            guard let id = abstract["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for level in abstract.elements("lvl") {
                guard let index = level["ilvl"].flatMap({ Int($0) }), (0..<Self.levelCount).contains(index) else { continue }
                levels[index] = Self.level(level)
            }
            abstracts[id] = levels
        }
        for num in numbering?.elements("num") ?? [] {
            guard let id = num["numId"], let abstract = num.first("abstractNumId")?["val"] else { continue }
            var instance = Instance(abstract: abstract)
            for override in num.elements("lvlOverride") {
                guard let index = override["ilvl"].flatMap({ Int($0) }), (0..<Self.levelCount).contains(index) else { continue }
                if let start = override.first("startOverride")?["val"].flatMap({ Int($0) }) {
                    instance.startOverrides[index] = min(max(start, Self.startRange.lowerBound), Self.startRange.upperBound)
                }
                if let level = override.first("lvl") { instance.levelOverrides[index] = Self.level(level) }
            }
            instances[id] = instance
        }
        for style in styles?.elements("style") ?? [] where style["type"] == "paragraph" {
            guard let id = style["styleId"] else { continue }
            let numPr = style.first("pPr")?.first("numPr")
            self.styles[id] = (numPr?.first("numId")?["val"], numPr?.first("ilvl")?["val"].flatMap { Int($0) },
                               style.first("basedOn")?["val"])
        }
    }

    static func level(_ element: MarkupElement) -> Level {
        var level = Level()
        if let start = element.first("start")?["val"].flatMap({ Int($0) }) { level.start = min(max(start, startRange.lowerBound), startRange.upperBound) }
        level.format = ListNumberFormat(element.first("numFmt")?["val"])
        level.text = element.first("lvlText")?["val"] ?? ""
        level.suffix = element.first("suff")?["val"] ?? "tab"
        level.restartBelow = element.first("lvlRestart")?["val"].flatMap { Int($0) }
        if let legal = element.first("isLgl") { level.legal = legal["val"].map { ["1", "true", "on"].contains($0) } ?? true }
        level.style = element.first("pStyle")?["val"]
        return level
    }

    /// The level `index` of `list` as it numbers: the instance's override, else the abstract's.
    func level(_ index: Int, of list: String) -> Level? {
        guard let instance = instances[list] else { return nil }
        return instance.levelOverrides[index] ?? abstracts[instance.abstract]?[index]
    }

    /// Where the paragraph with properties `properties` (`w:pPr`) is numbered, or nil.
    func reference(_ properties: MarkupElement?) -> Reference? {
        let own = properties?.first("numPr")
        let styleID = properties?.first("pStyle")?["val"]
        var list = own?.first("numId")?["val"]
        var level = own?.first("ilvl")?["val"].flatMap { Int($0) }
        // The style chain fills in what the paragraph leaves out (a bounded walk: `basedOn` may loop).
        var next = styleID
        var steps = 0
        while list == nil || level == nil, let id = next, let style = styles[id], steps < 16 {
            if list == nil { list = style.list }
            if level == nil { level = style.level }
            next = style.basedOn
            steps += 1
        }
        guard let list, list != "0", let instance = instances[list] else { return nil }
        // A style that names the list but not the level is numbered at the level linked to it.
        let linked = styleID.flatMap { id in
            (0..<Self.levelCount).first { (instance.levelOverrides[$0] ?? abstracts[instance.abstract]?[$0])?.style == id }
        }
        let index = level ?? linked ?? 0
        guard (0..<Self.levelCount).contains(index) else { return nil }
        return Reference(list: list, level: index)
    }
}
