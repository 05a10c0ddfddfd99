import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG text with `XMLParser` and records what the tests check.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var attributeNames: Set<String> = []
    private(set) var attributeValues: [String] = []
    private(set) var text = ""
    private(set) var parsed = false
    private(set) var error: String?

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        parsed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
        attributeNames.formUnion(attributes.keys)
        attributeValues += attributes.values
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
