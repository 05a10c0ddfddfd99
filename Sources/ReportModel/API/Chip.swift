/// An accelerator or a system built from accelerators.
public struct Chip: Sendable, Hashable, Identifiable {
    /// What kind of part it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case gpu, npu, accelerator, system
    }

    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// English name, e.g. `Ascend 910C`.
    public let name: String
    /// Chinese name, e.g. `昇騰910C`.
    public let nameZh: String?
    /// The vendor's id.
    public let vendor: String
    /// GPU, NPU, system ...
    public let kind: Kind
    /// One sentence for its page.
    public let summary: String
    /// Spec fields, in catalogue order.
    public let specs: [SpecField: Field]
    /// Where the chip is written.
    public let location: SourceLocation

    /// The spec, or nil when the data does not mention the field at all.
    public subscript(field: SpecField) -> Field? { specs[field] }
}
