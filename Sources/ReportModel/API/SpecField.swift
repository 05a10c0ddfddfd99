/// The spec fields a chip can carry, in the order tables show them.
public enum SpecField: String, Sendable, Hashable, CaseIterable, Comparable {
    case launch
    case process
    case fp16TFLOPS = "fp16_tflops"
    case bf16TFLOPS = "bf16_tflops"
    case fp8TFLOPS = "fp8_tflops"
    case int8TOPS = "int8_tops"
    case fp32TFLOPS = "fp32_tflops"
    case memoryGB = "memory_gb"
    case memoryType = "memory_type"
    case memoryBandwidthTBs = "memory_bandwidth_tbs"
    case interconnectGBs = "interconnect_gbs"
    case tdpW = "tdp_w"
    case priceUSD = "price_usd"
    case priceCNY = "price_cny"

    /// The column heading.
    public var label: String {
        switch self {
        case .launch: "Launch"
        case .process: "Process"
        case .fp16TFLOPS: "FP16 dense"
        case .bf16TFLOPS: "BF16 dense"
        case .fp8TFLOPS: "FP8 dense"
        case .int8TOPS: "INT8 dense"
        case .fp32TFLOPS: "FP32"
        case .memoryGB: "Memory"
        case .memoryType: "Memory type"
        case .memoryBandwidthTBs: "Memory bandwidth"
        case .interconnectGBs: "Interconnect"
        case .tdpW: "Power"
        case .priceUSD: "Price (USD)"
        case .priceCNY: "Price (CNY)"
        }
    }

    /// The units a figure in this field may carry; empty for text and dates.
    public var units: [Unit] {
        switch self {
        case .launch, .process, .memoryType: []
        case .fp16TFLOPS, .bf16TFLOPS, .fp8TFLOPS, .fp32TFLOPS: [Unit(.tflops), Unit(.pflops)]
        case .int8TOPS: [Unit(.tops)]
        case .memoryGB: [Unit(.gb), Unit(.tb)]
        case .memoryBandwidthTBs: [Unit(.tbPerSecond), Unit(.gbPerSecond)]
        case .interconnectGBs: [Unit(.gbPerSecond), Unit(.tbPerSecond)]
        case .tdpW: [Unit(.watt), Unit(.kilowatt)]
        case .priceUSD: Unit.Scale.allCases.map { Unit(.usd, scale: $0) }
        case .priceCNY: Unit.Scale.allCases.map { Unit(.cny, scale: $0) }
        }
    }

    public static func < (lhs: SpecField, rhs: SpecField) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
