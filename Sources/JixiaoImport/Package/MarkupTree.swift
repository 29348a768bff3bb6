import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an Office part's XML, with prefixes dropped (`w:p` → `p`, `r:id` → `id`):
/// OOXML writers choose their own prefixes (Excel writes `x:` in some exports), so the
/// readers match local names only.
struct MarkupElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [MarkupNode]

    /// The direct child elements, in order.
    var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    func elements(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }
    func first(_ name: String) -> MarkupElement? { elements.first { $0.name == name } }
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every descendant element named `name`, in document order.
    func descendants(_ name: String) -> [MarkupElement] {
        var found: [MarkupElement] = []
        func walk(_ element: MarkupElement) {
            for child in element.elements {
                if child.name == name { found.append(child) } else { walk(child) }
            }
        }
        walk(self)
        return found
    }

    /// The text directly inside, joined (the content of `<t>` or `<v>`).
    var text: String {
        children.reduce(into: "") { result, child in if case .text(let text) = child { result += text } }
    }
}

enum MarkupNode: Sendable {
    case element(MarkupElement)
    case text(String)
}

/// Why a part could not be read as XML; the package reader turns it into a diagnostic that
/// names the file and the part.
enum MarkupProblem: Error, Equatable {
    case malformed(String)
    /// A DOCTYPE or entity declaration: OOXML never has one, and an entity is how a "billion
    /// laughs" or an external-entity read is built, so none is parsed at all.
    case declaration
    case tooLarge(elements: Int)
    case tooDeep
    /// More of one element than its own limit allows (sheet rows, document paragraphs).
    case tooMany(String, Int)
}

/// Builds a `MarkupElement` tree from a part's bytes with Foundation's `XMLParser` (libxml2),
/// external entities off, declarations refused before parsing, and the element count and
/// depth bounded, so a hostile part costs at most the limits.
enum MarkupTree {
    /// `counted`: an element with a limit of its own (`row` of a sheet), checked as it is read,
    /// so a million-row sheet stops at the limit instead of being built first.
    static func parse(_ bytes: Data, limits: ImportLimits, counted: (name: String, max: Int)? = nil) throws(MarkupProblem) -> MarkupElement {
        if containsDeclaration(bytes) { throw .declaration }
        let builder = MarkupBuilder(limits: limits, counted: counted)
        let parser = XMLParser(data: bytes)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if let problem = builder.problem { throw problem }
        guard parsed, let root = builder.root else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown"
            throw .malformed("line \(parser.lineNumber): \(reason)")
        }
        return root
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere: in UTF-8 these bytes cannot be part of
    /// any other character, so a byte search suffices.
    static func containsDeclaration(_ bytes: Data) -> Bool {
        let markers = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard raw.count >= 8 else { return false }
            for index in 0..<(raw.count - 1) where raw[index] == 0x3C && raw[index + 1] == 0x21 {
                for marker in markers where index + marker.count <= raw.count {
                    if (0..<marker.count).allSatisfy({ raw[index + $0] == marker[$0] }) { return true }
                }
            }
            return false
        }
    }

    /// `w:val` → `val`.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}

/// The parser's delegate: a stack of open elements. A class because `XMLParser` calls it back.
private final class MarkupBuilder: NSObject, XMLParserDelegate {
    let limits: ImportLimits
    var stack: [MarkupElement] = []
    var root: MarkupElement?
    var problem: MarkupProblem?
    let counted: (name: String, max: Int)?
    var count = 0
    var countedSeen = 0

    init(limits: ImportLimits, counted: (name: String, max: Int)?) {
        self.limits = limits
        self.counted = counted
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        count += 1
        if count > limits.maxXMLElements { problem = .tooLarge(elements: limits.maxXMLElements); parser.abortParsing(); return }
        if stack.count >= limits.maxXMLDepth { problem = .tooDeep; parser.abortParsing(); return }
        let name = MarkupTree.localName(elementName)
        if let counted, name == counted.name {
            countedSeen += 1
            if countedSeen > counted.max { problem = .tooMany(name, counted.max); parser.abortParsing(); return }
        }
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[MarkupTree.localName(key)] = value }
        stack.append(MarkupElement(name: name, attributes: attributes, children: []))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        if case .text(let previous)? = stack[stack.count - 1].children.last {
            stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + string)
        } else {
            stack[stack.count - 1].children.append(.text(string))
        }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        problem = .declaration
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        problem = .declaration
        parser.abortParsing()
    }
}
