/// Every word or sentence the engine writes into pages itself. Each must be in the strings
/// table (`Templates/strings/en.yaml`); templates read the same table as `{{strings.KEY}}`.
enum StringKey: String, CaseIterable, Sendable {
    case unknown, undated, derived, estimates
    case lowConfidence = "low_confidence"
    case allCitations = "all_citations"
    case chartSources = "chart_sources"
    case chartMidpoints = "chart_midpoints"
    case chartData = "chart_data"
    case navOverview = "nav_overview"
    case compareTitle = "compare_title"
    case compareSummary = "compare_summary"
    case timelineTitle = "timeline_title"
    case timelineSummary = "timeline_summary"
    case sourcesTitle = "sources_title"
    case sourcesSummary = "sources_summary"
    case changesTitle = "changes_title"
    case changesSummary = "changes_summary"
    case changesLatest = "changes_latest"
    case changesAll = "changes_all"
    case changesNone = "changes_none"
    case changesUnavailable = "changes_unavailable"
    case changesLimited = "changes_limited"
    case changesTruncated = "changes_truncated"
    case changeAdded = "change_added"
    case changeRemoved = "change_removed"
    case changeChanged = "change_changed"
    case changeValue = "change_value"
    case changeSource = "change_source"
    case changeConfidence = "change_confidence"
    case changeAsOf = "change_as_of"
    case recordAdded = "record_added"
    case recordRemoved = "record_removed"
    case revisions
    case revisionEntry = "revision_entry"
    case revisionAdded = "revision_added"
    case revisionRemoved = "revision_removed"
    case kindChip = "kind_chip", kindVendor = "kind_vendor", kindEvent = "kind_event", kindMetric = "kind_metric"
    case kindSeries = "kind_series", kindPoint = "kind_point", kindSource = "kind_source"
    case dateDay = "date_day"
    case dateMonth = "date_month"
    case dateQuarter = "date_quarter"
    case dateHalf = "date_half"
    case month1 = "month_1", month2 = "month_2", month3 = "month_3", month4 = "month_4"
    case month5 = "month_5", month6 = "month_6", month7 = "month_7", month8 = "month_8"
    case month9 = "month_9", month10 = "month_10", month11 = "month_11", month12 = "month_12"

    /// The month keys, January first.
    static let months: [StringKey] = [
        .month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9, .month10, .month11, .month12,
    ]
}
