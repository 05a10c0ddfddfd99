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
    /// Every `font-size` attribute, in document order.
    private(set) var fontSizes: [String] = []
    /// Every `id` attribute, in document order.
    private(set) var ids: [String] = []
    /// The text of every `<style>` element.
    private(set) var styles: [String] = []
    private var inStyle = false
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
        if let size = attributes["font-size"] { fontSizes.append(size) }
        if let id = attributes["id"] { ids.append(id) }
        if name == "style" { inStyle = true; styles.append("") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "style" { inStyle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inStyle { styles[styles.count - 1] += string } else { text += string }
    }
}
