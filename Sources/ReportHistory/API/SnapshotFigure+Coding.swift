extension SnapshotFigure.Value {
    private enum CodingKeys: String, CodingKey {
        case number, date, text
    }

    /// `{"number": 148}`, `{"date": "2025-07"}` or `{"text": "TSMC 4N"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number): try container.encode(number, forKey: .number)
        case .date(let date): try container.encode(date, forKey: .date)
        case .text(let text): try container.encode(text, forKey: .text)
        }
    }

    /// Reads what `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(Double.self, forKey: .number) {
            self = .number(number)
        } else if let date = try container.decodeIfPresent(String.self, forKey: .date) {
            self = .date(date)
        } else {
            self = .text(try container.decode(String.self, forKey: .text))
        }
    }
}
