/// A root object to which each page adds its own keys.
///
/// Kept for compatibility: `ViewValue` needs no conversion any more, so this is a thin wrapper.
public struct PreparedValue: Sendable {
    let object: [String: ViewValue]

    /// Prepares an object value; anything else is treated as an empty object.
    public init(_ value: ViewValue) {
        guard case .object(let object) = value else {
            self.object = [:]
            return
        }
        self.object = object
    }

    private init(object: [String: ViewValue]) {
        self.object = object
    }

    /// A copy with `key` set to `value`.
    public func adding(_ key: String, _ value: ViewValue) -> PreparedValue {
        var object = object
        object[key] = value
        return PreparedValue(object: object)
    }
}

extension TemplateLibrary {
    /// Renders `name` with a prepared value, strictly.
    /// - Throws: `DiagnosticError` with every problem of the render.
    public func render(_ name: String, with value: PreparedValue) throws -> String {
        try render(name, with: .object(value.object))
    }

    /// Renders like `render(_:with:)` and tells what the rendering read: the names resolved on
    /// the root value (up to two segments, e.g. `chip.h20`, `chips`, `site.title`) and the
    /// templates used. An incremental build re-renders a page when one of these changes.
    public func renderTracked(_ name: String, with value: PreparedValue)
        throws -> (output: String, names: Set<String>, templates: Set<String>)
    {
        let rendering = try render(name, with: .object(value.object), mode: .strict)
        return (rendering.output, rendering.rootNames, rendering.templates)
    }
}
