import Foundation

/// A view value converted once for rendering many pages: each page adds its own keys on
/// top without converting the shared part again.
public struct PreparedValue: @unchecked Sendable {
    // `Any` holds only String, Bool, NSNull, arrays and dictionaries of them, built from a ViewValue.
    let shape: Shape
    let object: [String: Any]

    /// Prepares an object value; anything else is treated as an empty object.
    public init(_ value: ViewValue) {
        guard case .object(let object) = value else {
            self.init(shape: .object([:]), object: [:])
            return
        }
        self.init(shape: Shape(of: value), object: object.mapValues(\.mustacheValue))
    }

    private init(shape: Shape, object: [String: Any]) {
        self.shape = shape
        self.object = object
    }

    /// A copy with `key` set to `value`.
    public func adding(_ key: String, _ value: ViewValue) -> PreparedValue {
        var object = object
        object[key] = value.mustacheValue
        guard case .object(var shapes) = shape else { return self }
        shapes[key] = Shape(of: value)
        return PreparedValue(shape: .object(shapes), object: object)
    }
}

extension TemplateLibrary {
    /// Problems rendering `name` with a prepared value; see `problems(rendering:with:)`.
    public func problems(rendering name: String, with value: PreparedValue) -> [TemplateProblem] {
        problems(rendering: name, shape: value.shape)
    }

    /// Renders `name` with a prepared value after the strict check.
    /// - Throws: `TemplateError` with every problem the check found.
    public func render(_ name: String, with value: PreparedValue) throws -> String {
        try render(name, shape: value.shape, object: value.object).output
    }

    /// Renders like `render(_:with:)` and tells what the rendering read: the names resolved on
    /// the root value (up to two segments, e.g. `chip.h20`, `chips`, `site.title`) and the
    /// templates used. An incremental build re-renders a page when one of these changes.
    public func renderTracked(_ name: String, with value: PreparedValue) throws -> (output: String, names: Set<String>, templates: Set<String>) {
        try render(name, shape: value.shape, object: value.object)
    }
}
