import Testing
import Yams
@testable import ReportModel

/// A long list is composed one item at a time (only one item's node tree in memory at once),
/// with every place still counted from the top of the file.
@Suite struct ItemwiseComposeTests {
    static func items(_ text: String) -> (composed: Bool, places: [String], errors: [String]) {
        let decoder = DataDecoder(file: "Data/x.yaml")
        var places: [String] = []
        let composed = decoder.composeItems(text) { item in
            places.append(decoder.location(of: item["name"] ?? item).description)
        }
        return (composed, places, decoder.diagnostics.map(\.description))
    }

    @Test func aBlockListIsComposedItemByItemWithItsRealPlaces() {
        let text = "# vendors\n- id: a\n  name: A\n\n- id: b\n  # note\n  name: B\n-   id: c\n    name: C\n"
        let result = Self.items(text)
        #expect(result.composed)
        #expect(result.places == ["Data/x.yaml:3:9", "Data/x.yaml:7:9", "Data/x.yaml:9:11"])
        #expect(result.errors.isEmpty)
    }

    @Test func aDuplicateKeyInALaterItemIsReportedAtItsMapping() {
        let result = Self.items("- id: a\n- id: b\n- id: c\n  id: d\n")
        #expect(result.composed)
        #expect(result.errors == ["Data/x.yaml:3:3: error: duplicate key 'id'"])
    }

    @Test(arguments: [
        "[{ id: a }, { id: b }]\n", "a: 1\nb: 2\n", "- a\n---\n- b\n", "- &x { id: a }\n- *x\n", "- [unclosed\n", "",
        "-\n  id: a\n",
    ])
    func anythingElseIsLeftToTheWholeFile(_ text: String) {
        #expect(!Self.items(text).composed)
    }
}
